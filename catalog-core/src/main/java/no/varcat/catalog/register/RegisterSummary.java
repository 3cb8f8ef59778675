package no.varcat.catalog.register;

import no.varcat.catalog.text.LocalizedText;

/**
 * A register (a {@code dcat:Dataset}) as lists and the search index show it.
 *
 * @param identifier    {@code dct:identifier}, or null when the source gives none
 * @param publisherName the publisher's {@code foaf:name}, or null
 * @param variableCount how many variables the register links with {@code disco:variable}
 */
public record RegisterSummary(
        String iri,
        String identifier,
        LocalizedText title,
        LocalizedText description,
        String publisherName,
        int variableCount) {
}
