package no.varcat.bench;

import java.util.Locale;

/** One line of the results table: a stage, varcat's figure, the raw engine's, the target and whether it holds. */
record Row(String stage, String varcat, String raw, String target, String verdict) {

    static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** A target set for another size than the one measured is reported as a trend, not as met or missed. */
    static String verdictAt(String measuredSize, String targetSize, boolean met) {
        if (measuredSize.equalsIgnoreCase(targetSize)) {
            return verdict(met);
        }
        return (met ? "on track" : "**over already**") + " (target is for " + targetSize.toUpperCase(Locale.ROOT) + ")";
    }
}
