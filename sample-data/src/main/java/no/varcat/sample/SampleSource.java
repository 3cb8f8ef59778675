package no.varcat.sample;

/**
 * One source of the sample catalog, as a register would publish it.
 *
 * @param file     resource name inside {@link SampleCatalog#FOLDER}
 * @param format   harvester format key (docs/source-formats.md)
 * @param preset   layout of formats with several, or null
 * @param register IRI of the register, for formats that do not name it; or null
 */
public record SampleSource(String id, String file, String format, String preset, String register, String title) {

    /** The classpath location of the file, for harvesting it as a bundled source. */
    public String resource() {
        return SampleCatalog.FOLDER + file;
    }
}
