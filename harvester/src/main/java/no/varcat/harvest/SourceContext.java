package no.varcat.harvest;

/**
 * What a source's configuration tells a reader beyond the bytes.
 *
 * @param baseIri     base for relative IRIs and for IRIs the reader mints
 * @param registerIri the register the source describes, for formats that do not say (CSV codebooks,
 *                    SKDE coverage files); null when the format names it
 * @param preset      the layout of a format with several (e.g. "kodebok" or "plain" for CSV
 *                    codebooks); null for the format's default
 * @param columns     a codebook's own column names over its preset ({@code name=Variabelnavn;label=Etikett},
 *                    see codebook.ColumnMapping); null when the preset's names are used
 * @param contentType the media type the server declared for the content (no parameters), for readers
 *                    that can read more than one syntax; null when none was declared
 */
public record SourceContext(String baseIri, String registerIri, String preset, String columns, String contentType) {

    public SourceContext(String baseIri, String registerIri, String preset) {
        this(baseIri, registerIri, preset, null, null);
    }

    public static SourceContext of(HarvestSource source) {
        return new SourceContext(source.location().toString(), source.register(), source.preset(), source.columns(), null);
    }

    /** The same context, for content the server declared as {@code contentType} (null: none). */
    public SourceContext servedAs(String contentType) {
        return new SourceContext(baseIri, registerIri, preset, columns, contentType);
    }
}
