package no.varcat.sample.generator;

/**
 * When in a patient's course a value is recorded: the same measurement at admission and at
 * follow-up is two variables. The label form is indefinite ("ved innleggelse"), the definition
 * uses the definite one ("ved innleggelsen"), as Norwegian codebooks do, so search sees both.
 *
 * @param abbreviation part of variable names
 * @param form         the registration form (skjema) the variable is on
 */
record Timepoint(String key, String abbreviation, String labelNb, String definiteNb, String labelEn, String form) {

    static final Timepoint ADMISSION = new Timepoint("admission", "INN", "ved innleggelse", "ved innleggelsen",
            "at admission", "Innleggelse");
    static final Timepoint DISCHARGE = new Timepoint("discharge", "UT", "ved utskrivning", "ved utskrivningen",
            "at discharge", "Utskrivning");
    static final Timepoint MONTH_3 = new Timepoint("month-3", "3MND", "ved 3 måneders kontroll",
            "ved kontrollen etter tre måneder", "at the 3-month follow-up", "Oppfølging 3 måneder");
    static final Timepoint MONTH_12 = new Timepoint("month-12", "12MND", "ved 12 måneders kontroll",
            "ved kontrollen etter tolv måneder", "at the 12-month follow-up", "Oppfølging 12 måneder");
    static final Timepoint YEAR_5 = new Timepoint("year-5", "5AAR", "ved 5 års oppfølging",
            "ved oppfølgingen etter fem år", "at the 5-year follow-up", "Oppfølging 5 år");
    static final Timepoint ANNUAL = new Timepoint("annual", "AARSK", "ved årskontroll", "ved årskontrollen",
            "at the annual check-up", "Årskontroll");
    static final Timepoint DIAGNOSIS = new Timepoint("diagnosis", "DIAG", "ved diagnose", "på diagnosetidspunktet",
            "at diagnosis", "Diagnose");
    static final Timepoint INCLUSION = new Timepoint("inclusion", "INKL", "ved inklusjon", "ved inklusjonen i registeret",
            "at inclusion", "Basisregistrering");
    static final Timepoint BEFORE_SURGERY = new Timepoint("pre-op", "PREOP", "før operasjon", "før operasjonen",
            "before surgery", "Operasjon");
    static final Timepoint AFTER_SURGERY = new Timepoint("post-op", "POSTOP", "etter operasjon", "etter operasjonen",
            "after surgery", "Operasjon");
    static final Timepoint TREATMENT_START = new Timepoint("treatment-start", "BEHSTART", "ved behandlingsstart",
            "ved starten av behandlingen", "at start of treatment", "Behandlingsstart");
    static final Timepoint TREATMENT_END = new Timepoint("treatment-end", "BEHSLUTT", "ved avsluttet behandling",
            "ved avslutningen av behandlingen", "at end of treatment", "Avslutning");
    static final Timepoint PREGNANCY = new Timepoint("pregnancy", "SVSK", "i svangerskapet", "i løpet av svangerskapet",
            "during pregnancy", "Svangerskap");
    static final Timepoint BIRTH = new Timepoint("birth", "FODS", "ved fødsel", "ved fødselen", "at birth", "Fødsel");

    /** For variables recorded once: no part in the label, the register's base form. */
    static final String BASE_FORM = "Basisregistrering";
}
