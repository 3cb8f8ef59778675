package no.varcat.sample.generator;

/**
 * How a register's variables are spread over the source formats, as relative weights: with the
 * {@linkplain #STANDARD standard mix} a register of 1,000 variables publishes about 300 as Turtle,
 * 200 in a DDI codebook, 300 in a kodebok export and 200 in a plain CSV codebook.
 */
public record FormatMix(int turtle, int ddi, int kodebok, int plain) {

    public static final FormatMix STANDARD = new FormatMix(30, 20, 30, 20);

    public FormatMix {
        if (turtle < 0 || ddi < 0 || kodebok < 0 || plain < 0 || turtle + ddi + kodebok + plain == 0) {
            throw new IllegalArgumentException("Format weights are non-negative and not all zero: " + turtle + ", " + ddi
                    + ", " + kodebok + ", " + plain);
        }
    }

    /** Only one format, e.g. to benchmark one reader. */
    public static FormatMix only(VariableFormat format) {
        return new FormatMix(format == VariableFormat.TURTLE ? 1 : 0, format == VariableFormat.DDI ? 1 : 0,
                format == VariableFormat.KODEBOK ? 1 : 0, format == VariableFormat.PLAIN ? 1 : 0);
    }

    int weight(VariableFormat format) {
        return switch (format) {
            case TURTLE -> turtle;
            case DDI -> ddi;
            case KODEBOK -> kodebok;
            case PLAIN -> plain;
        };
    }
}
