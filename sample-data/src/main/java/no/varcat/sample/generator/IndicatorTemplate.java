package no.varcat.sample.generator;

import java.util.List;

/**
 * A kind of quality indicator registers publish, with its targets in thousandths: for "higher is
 * better" the high target is above the moderate one, for "lower" below it.
 */
record IndicatorTemplate(String key, String titleNb, String titleEn, String descriptionNb, String descriptionEn,
        boolean higherIsBetter, int highPermille, int moderatePermille) {

    static final List<IndicatorTemplate> ALL = List.of(
            new IndicatorTemplate("komplett", "Komplette registreringer", "Complete registrations",
                    "Andel registreringer der alle obligatoriske felt er utfylt.", "Share of registrations with every mandatory field filled in.",
                    true, 950, 850),
            new IndicatorTemplate("oppfolging", "Svar på oppfølgingsskjema", "Follow-up questionnaire returned",
                    "Andel pasienter som svarte på oppfølgingsskjemaet etter tolv måneder.",
                    "Share of patients who returned the 12-month follow-up questionnaire.", true, 700, 500),
            new IndicatorTemplate("reinnleggelse", "Reinnleggelse innen 30 dager", "Readmission within 30 days",
                    "Andel pasienter som ble lagt inn igjen innen 30 dager etter utskrivning.",
                    "Share of patients readmitted within 30 days of discharge.", false, 80, 120),
            new IndicatorTemplate("komplikasjoner", "Alvorlige komplikasjoner", "Severe complications",
                    "Andel pasienter med alvorlige komplikasjoner (Clavien-Dindo grad III eller høyere).",
                    "Share of patients with severe complications (Clavien-Dindo grade III or higher).", false, 50, 100),
            new IndicatorTemplate("behandlingstid", "Behandling innen anbefalt tid", "Treatment within the recommended time",
                    "Andel pasienter som startet behandling innen tiden retningslinjene anbefaler.",
                    "Share of patients whose treatment started within the time the guidelines recommend.", true, 800, 600),
            new IndicatorTemplate("dodelighet", "Død innen 30 dager", "Death within 30 days",
                    "Andel pasienter som døde innen 30 dager, justert for alder og kjønn.",
                    "Share of patients who died within 30 days, adjusted for age and sex.", false, 30, 60),
            new IndicatorTemplate("prom", "Pasientrapporterte utfall registrert", "Patient-reported outcomes recorded",
                    "Andel pasienter med minst ett registrert pasientrapportert utfallsmål (PROM).",
                    "Share of patients with at least one patient-reported outcome measure recorded.", true, 600, 400),
            new IndicatorTemplate("elektronisk", "Elektronisk innmeldte opplysninger", "Notifications sent electronically",
                    "Andel meldinger som kom inn elektronisk.", "Share of notifications received electronically.", true, 900, 700));
}
