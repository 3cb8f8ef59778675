package no.varcat.sample.generator;

import java.util.List;

/**
 * What kind of register: whom it records (and how its texts name them), at which timepoints, and
 * the concepts only registers of this kind have.
 *
 * @param healthTheme local name in varcat's health theme list
 * @param who         genitive used in definitions, nb and en ("pasientens", "the patient's")
 * @param whom        object form, nb and en ("pasienten", "the patient")
 * @param population  who is in the register, nb and en (healthdcatap:populationCoverage, DDI universe)
 */
record Theme(String key, String healthTheme, String whoNb, String whomNb, String whoEn, String whomEn,
        String populationNb, String populationEn, int minAge, int maxAge, List<String> keywordsNb,
        List<Timepoint> timepoints, List<Concept> values, List<Concept> coded) {

    static final String HEALTH_THEMES = "https://w3id.org/varcat/health-theme/";

    Theme {
        keywordsNb = List.copyOf(keywordsNb);
        timepoints = List.copyOf(timepoints);
        values = List.copyOf(values);
        coded = List.copyOf(coded);
    }

    String healthThemeIri() {
        return HEALTH_THEMES + healthTheme;
    }

    /** A theme whose register records patients. */
    static Theme patients(String key, String healthTheme, String populationNb, String populationEn, int minAge, int maxAge,
            List<String> keywordsNb, List<Timepoint> timepoints, List<Concept> values, List<Concept> coded) {
        return new Theme(key, healthTheme, "pasientens", "pasienten", "the patient's", "the patient", populationNb,
                populationEn, minAge, maxAge, keywordsNb, timepoints, values, coded);
    }
}
