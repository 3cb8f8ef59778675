package no.varcat.bench;

/** One line of the results table: a stage, varcat's figure, the raw engine's, the target and whether it holds. */
record Row(String stage, String varcat, String raw, String target, String verdict) {

    static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
