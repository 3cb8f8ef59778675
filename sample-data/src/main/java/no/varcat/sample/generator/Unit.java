package no.varcat.sample.generator;

/** Units of measure, by their QUDT local name (what the plain codebook's unit column holds). */
enum Unit {
    MMHG("MilliM_HG"),
    KILOGRAM("KiloGM"),
    GRAM("GM"),
    CENTIMETRE("CentiM"),
    MILLIMETRE("MilliM"),
    KG_PER_M2("KiloGM-PER-M2"),
    BEATS_PER_MINUTE("BEAT-PER-MIN"),
    PER_MINUTE("PER-MIN"),
    MMOL_PER_L("MilliMOL-PER-L"),
    MMOL_PER_MOL("MilliMOL-PER-MOL"),
    UMOL_PER_L("MicroMOL-PER-L"),
    MG_PER_L("MilliGM-PER-L"),
    NG_PER_L("NanoGM-PER-L"),
    NG_PER_ML("NanoGM-PER-MilliL"),
    G_PER_DL("GM-PER-DeciL"),
    G_PER_L("GM-PER-L"),
    ML_PER_MIN("MilliL-PER-MIN"),
    LITRE("L"),
    MILLILITRE("MilliL"),
    CELSIUS("DEG_C"),
    PERCENT("PERCENT"),
    YEAR("YR"),
    WEEK("WK"),
    DAY("DAY"),
    HOUR("HR"),
    MINUTE("MIN");

    static final String QUDT = "http://qudt.org/vocab/unit/";

    private final String qudt;

    Unit(String qudt) {
        this.qudt = qudt;
    }

    String qudt() {
        return qudt;
    }

    String iri() {
        return QUDT + qudt;
    }
}
