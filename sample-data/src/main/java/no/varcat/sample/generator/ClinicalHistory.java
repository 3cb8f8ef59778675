package no.varcat.sample.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Yes/no variables about conditions and medicines, made from word lists: "Tidligere hjerteinfarkt",
 * "Tidligere myokardinfarkt", "Hjerteinfarkt i nær familie", "Bruk av statiner". Every synonym of
 * a condition becomes a label of the same concept, and the definition names the preferred term
 * with a synonym, as registers that explain their terms do.
 */
final class ClinicalHistory {

    /** A condition: the preferred Norwegian term first, then synonyms. */
    private record Condition(String abbreviation, String en, String... nb) {
    }

    private record Medicine(String abbreviation, String en, String atc, String... nb) {
    }

    private static final List<Condition> CONDITIONS = List.of(
            new Condition("HINF", "myocardial infarction", "hjerteinfarkt", "myokardinfarkt", "akutt hjerteinfarkt"),
            new Condition("SLAG", "stroke", "hjerneslag", "slag", "cerebrovaskulær hendelse"),
            new Condition("TIA", "transient ischaemic attack", "TIA", "drypp", "transitorisk iskemisk anfall"),
            new Condition("DM", "diabetes", "diabetes", "diabetes mellitus", "sukkersyke"),
            new Condition("HT", "hypertension", "hypertensjon", "høyt blodtrykk", "forhøyet blodtrykk"),
            new Condition("AF", "atrial fibrillation", "atrieflimmer", "forkammerflimmer", "hjerteflimmer"),
            new Condition("HSV", "heart failure", "hjertesvikt", "hjerteinsuffisiens"),
            new Condition("ANGINA", "angina pectoris", "angina pectoris", "hjertekrampe"),
            new Condition("KOLS", "COPD", "KOLS", "kronisk obstruktiv lungesykdom"),
            new Condition("ASTMA", "asthma", "astma", "astma bronkiale"),
            new Condition("NYRE", "chronic kidney disease", "kronisk nyresykdom", "nyresvikt", "nedsatt nyrefunksjon"),
            new Condition("KREFT", "cancer", "kreft", "kreftsykdom", "malign sykdom"),
            new Condition("DEPR", "depression", "depresjon", "depressiv lidelse"),
            new Condition("DEMENS", "dementia", "demens", "kognitiv svikt"),
            new Condition("EPI", "epilepsy", "epilepsi", "krampeanfall"),
            new Condition("PAD", "peripheral artery disease", "perifer arteriesykdom", "røykebein", "claudicatio"),
            new Condition("DVT", "deep vein thrombosis", "dyp venetrombose", "blodpropp i beinet"),
            new Condition("LE", "pulmonary embolism", "lungeemboli", "blodpropp i lungene"),
            new Condition("OSTEO", "osteoporosis", "osteoporose", "beinskjørhet"),
            new Condition("RA", "rheumatoid arthritis", "revmatoid artritt", "leddgikt"),
            new Condition("RUS", "substance dependence", "rusmiddelavhengighet", "rusproblem"),
            new Condition("FEDME", "obesity", "fedme", "overvekt", "adipositas"),
            new Condition("SOVNAP", "sleep apnoea", "søvnapné", "pustestopp under søvn"),
            new Condition("HOFTEBR", "hip fracture", "hoftebrudd", "lårhalsbrudd"),
            new Condition("PARK", "Parkinson's disease", "Parkinsons sykdom", "parkinsonisme"),
            new Condition("MS", "multiple sclerosis", "multippel sklerose", "MS"),
            new Condition("HEP", "hepatitis", "hepatitt", "leverbetennelse"));

    private static final List<Medicine> MEDICINES = List.of(
            new Medicine("STATIN", "statins", "C10AA", "statiner", "kolesterolsenkende legemidler", "statinbehandling"),
            new Medicine("PLATE", "platelet inhibitors", "B01AC", "platehemmere", "acetylsalisylsyre", "blodplatehemmende legemidler"),
            new Medicine("ANTIKOAG", "anticoagulants", "B01A", "antikoagulasjon", "blodfortynnende legemidler", "antikoagulantia"),
            new Medicine("BETABL", "beta blockers", "C07", "betablokkere", "betablokker"),
            new Medicine("ACEH", "ACE inhibitors", "C09A", "ACE-hemmere", "ACE-hemmer"),
            new Medicine("INSULIN", "insulin", "A10A", "insulin", "insulinbehandling"),
            new Medicine("METF", "metformin", "A10BA02", "metformin"),
            new Medicine("ANTIDEP", "antidepressants", "N06A", "antidepressiva", "antidepressive legemidler"),
            new Medicine("OPIOID", "opioids", "N02A", "opioider", "sterke smertestillende"),
            new Medicine("NSAID", "NSAIDs", "M01A", "NSAIDs", "betennelsesdempende legemidler"),
            new Medicine("KORT", "corticosteroids", "H02", "kortikosteroider", "kortison"),
            new Medicine("ANTIBIO", "antibiotics", "J01", "antibiotika", "antibakterielle midler"),
            new Medicine("DIURET", "diuretics", "C03", "diuretika", "vanndrivende legemidler"));

    static final List<Concept> CONCEPTS = concepts();

    private ClinicalHistory() {
    }

    private static List<Concept> concepts() {
        List<Concept> concepts = new ArrayList<>();
        for (Condition c : CONDITIONS) {
            String term = c.nb()[0] + (c.nb().length > 1 ? " (" + c.nb()[1] + ")" : "");
            concepts.add(Concept.coded("TIDL_" + c.abbreviation(), Concept.YES_NO, false, "Previous " + c.en(),
                    "Om {whom} tidligere har hatt " + term + ".", "Whether {whom} has previously had " + c.en() + ".",
                    labels("Tidligere ", c.nb(), ""))
                    .withQuestion("Har du tidligere hatt " + c.nb()[0] + "?"));
            concepts.add(Concept.coded("KJENT_" + c.abbreviation(), Concept.YES_NO, true, "Known " + c.en(),
                    "Om {whom} har kjent " + term + "{when}.", "Whether {whom} has known " + c.en() + "{when}.",
                    labels("Kjent ", c.nb(), "")));
            concepts.add(Concept.coded("FAM_" + c.abbreviation(), "JA_NEI_VET_IKKE", false, "Family history of " + c.en(),
                    "Om foreldre eller søsken av {whom} har hatt " + term + ".",
                    "Whether a parent or sibling of {whom} has had " + c.en() + ".", labels("", c.nb(), " i nær familie"))
                    .withQuestion("Har noen av foreldrene eller søsknene dine hatt " + c.nb()[0] + "?"));
        }
        for (Medicine m : MEDICINES) {
            concepts.add(Concept.coded("MED_" + m.abbreviation(), Concept.YES_NO, true, "Use of " + m.en(),
                    "Om {whom} bruker " + m.nb()[0] + " (ATC " + m.atc() + "){when}.",
                    "Whether {whom} uses " + m.en() + " (ATC " + m.atc() + "){when}.", labels("Bruk av ", m.nb(), ""))
                    .withQuestion("Bruker du " + m.nb()[0] + "?"));
        }
        return List.copyOf(concepts);
    }

    /** One label per term; a term that starts the label is capitalised unless it is an abbreviation such as "KOLS". */
    private static String[] labels(String prefix, String[] terms, String suffix) {
        String[] labels = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            labels[i] = prefix.isEmpty() ? Texts.capitalise(terms[i]) + suffix : prefix + terms[i] + suffix;
        }
        return labels;
    }
}
