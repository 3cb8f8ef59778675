package no.varcat.sample.generator;

import java.util.List;

/**
 * Something registers record, from which variables are made: "systolisk blodtrykk" becomes
 * "Systolisk blodtrykk ved innleggelse" in one register and "Øvre blodtrykk ved 3 måneders
 * kontroll" in another. Definitions are templates: {@code {who}} is the register's genitive
 * ("pasientens", "the patient's"), {@code {whom}} its object form ("pasienten", "the patient") and
 * {@code {when}} the timepoint (" ved innleggelsen", " at admission") or nothing.
 *
 * @param abbreviation start of variable names, and the key of the shared concept (disco:basedOn)
 * @param labelsNb     the preferred label first, then synonyms and abbreviations
 * @param unit         null when the values have none
 * @param codeList     key in {@link CodeLists}, {@link #YES_NO} for any of the ja/nei lists, null for none
 * @param timed        recorded at several timepoints (a label part "ved innleggelse"), or once
 * @param icd10        values are ICD-10 codes
 * @param questionNb   the question asked, for questionnaire items; or null
 * @param numbered     recorded several times over, numbered ("Bidiagnose 1", "Bidiagnose 2", ...)
 */
record Concept(String abbreviation, List<String> labelsNb, String labelEn, String definitionNb, String definitionEn,
        ValueType type, Unit unit, String codeList, boolean timed, boolean icd10, String questionNb, boolean numbered) {

    static final String YES_NO = "YES_NO";

    Concept {
        labelsNb = List.copyOf(labelsNb);
    }

    static Concept measure(String abbreviation, ValueType type, Unit unit, String labelEn, String definitionNb,
            String definitionEn, String... labelsNb) {
        return new Concept(abbreviation, List.of(labelsNb), labelEn, definitionNb, definitionEn, type, unit, null, true,
                false, null, false);
    }

    static Concept once(String abbreviation, ValueType type, Unit unit, String labelEn, String definitionNb,
            String definitionEn, String... labelsNb) {
        return new Concept(abbreviation, List.of(labelsNb), labelEn, definitionNb, definitionEn, type, unit, null, false,
                false, null, false);
    }

    static Concept coded(String abbreviation, String codeList, boolean timed, String labelEn, String definitionNb,
            String definitionEn, String... labelsNb) {
        return new Concept(abbreviation, List.of(labelsNb), labelEn, definitionNb, definitionEn, ValueType.CODE, null,
                codeList, timed, false, null, false);
    }

    static Concept diagnosis(String abbreviation, boolean timed, String labelEn, String definitionNb,
            String definitionEn, String... labelsNb) {
        return new Concept(abbreviation, List.of(labelsNb), labelEn, definitionNb, definitionEn, ValueType.STRING, null,
                null, timed, true, null, false);
    }

    static Concept date(String abbreviation, String labelEn, String definitionNb, String definitionEn,
            String... labelsNb) {
        return once(abbreviation, ValueType.DATE, null, labelEn, definitionNb, definitionEn, labelsNb);
    }

    Concept withQuestion(String question) {
        return new Concept(abbreviation, labelsNb, labelEn, definitionNb, definitionEn, type, unit, codeList, timed, icd10,
                question, numbered);
    }

    Concept asNumbered() {
        return new Concept(abbreviation, labelsNb, labelEn, definitionNb, definitionEn, type, unit, codeList, timed, icd10,
                questionNb, true);
    }

    boolean coded() {
        return type == ValueType.CODE;
    }
}
