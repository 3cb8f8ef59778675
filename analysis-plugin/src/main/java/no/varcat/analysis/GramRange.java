package no.varcat.analysis;

/** Validated edge n-gram lengths. */
public record GramRange(int minGram, int maxGram) {

    public GramRange {
        if (minGram < 1) {
            throw new IllegalArgumentException("[min_gram] must be at least 1, got [" + minGram + "]");
        }
        if (maxGram < minGram) {
            throw new IllegalArgumentException(
                    "[max_gram] must be greater than or equal to [min_gram], got min_gram ["
                            + minGram + "] and max_gram [" + maxGram + "]");
        }
    }
}
