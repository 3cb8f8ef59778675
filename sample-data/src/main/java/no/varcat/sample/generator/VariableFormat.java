package no.varcat.sample.generator;

/**
 * The source formats a register's variables are published in, with the harvester format key and
 * preset of each (docs/source-formats.md) and how its files are named.
 */
public enum VariableFormat {
    TURTLE("turtle", null, "variables", "ttl"),
    DDI("ddi-codebook", null, "ddi", "xml"),
    KODEBOK("codebook-csv", "kodebok", "kodebok", "csv"),
    PLAIN("codebook-csv", "plain", "codebook", "csv");

    private final String format;
    private final String preset;
    private final String stem;
    private final String extension;

    VariableFormat(String format, String preset, String stem, String extension) {
        this.format = format;
        this.preset = preset;
        this.stem = stem;
        this.extension = extension;
    }

    /** The harvester's format key. */
    public String format() {
        return format;
    }

    /** The layout of formats with several, or null. */
    public String preset() {
        return preset;
    }

    /** The name of the {@code part}-th file (from 1) of this format in a register's folder, e.g. "kodebok-2.csv". */
    String fileName(int part) {
        return stem + "-" + part + "." + extension;
    }

    /** Source ids are "{register}-{stem}-{part}". */
    String sourceId(String registerSlug, int part) {
        return registerSlug + "-" + stem + "-" + part;
    }
}
