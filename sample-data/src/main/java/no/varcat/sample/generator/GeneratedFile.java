package no.varcat.sample.generator;

import no.varcat.sample.SampleSource;

/**
 * One file the generator wrote, as its line in the manifest.
 *
 * @param variables how many variables it holds (0 for descriptions, coverage and indicators)
 */
public record GeneratedFile(SampleSource source, long bytes, int variables) {

    /** What kind of file, for summaries: the format key and preset, e.g. "codebook-csv kodebok". */
    public String kind() {
        return source.format() + (source.preset() == null ? "" : " " + source.preset());
    }
}
