package no.varcat.catalog.dcat;

/**
 * How varcat describes its own catalog in the DCAT export: the catalog IRI, titles and
 * descriptions, and who publishes it (DCAT-AP-NO requires a publisher).
 */
public record CatalogDescription(
        String catalogIri,
        String titleNb,
        String titleEn,
        String descriptionNb,
        String descriptionEn,
        String publisherIri,
        String publisherName) {
}
