package no.varcat.sample.generator;

/**
 * One generated variable, as every format writer needs it. Lives only while it is written.
 *
 * @param labelEn      null when the register gives no English
 * @param definitionEn null when the register gives no English
 * @param unit         null when the values have none
 * @param codeList     null unless {@code type} is {@link ValueType#CODE}
 * @param endYear      the last year it was collected, or 0 when it still is
 * @param form         the registration form it is on (kodebok's skjemanavn)
 * @param concept      key of the shared concept behind it, the same in every register
 * @param questionNb   the question asked, or null
 */
record SyntheticVariable(String name, String labelNb, String labelEn, String definitionNb, String definitionEn,
        ValueType type, Unit unit, CodeList codeList, int startYear, int endYear, String form, String concept, boolean icd10,
        String questionNb) {

    static final String CONCEPT_BASE = Register.BASE + "concept/";
    static final String ICD10 = "http://id.who.int/icd/release/10/2019";

    String conceptIri() {
        return CONCEPT_BASE + concept;
    }

    boolean hasEnd() {
        return endYear != 0;
    }
}
