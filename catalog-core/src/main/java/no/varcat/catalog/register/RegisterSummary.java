package no.varcat.catalog.register;

import java.util.List;

import no.varcat.catalog.text.LocalizedText;

/**
 * A register (a {@code dcat:Dataset}) as lists and the search index show it.
 *
 * @param identifier    {@code dct:identifier}, or null when the source gives none
 * @param publisherName the publisher's {@code foaf:name}, or null
 * @param variableCount how many variables the register links with {@code disco:variable}; null where it was not
 *                      counted: {@link RegisterRepository#find} leaves it out, as counting reads every variable of
 *                      the register (the search index has the count without that)
 * @param keywords      its {@code dcat:keyword}s in any language, sorted, without repeats
 */
public record RegisterSummary(
        String iri,
        String identifier,
        LocalizedText title,
        LocalizedText description,
        String publisherName,
        Integer variableCount,
        List<String> keywords) {

    public RegisterSummary {
        keywords = keywords == null ? List.of() : keywords.stream().distinct().sorted().toList();
    }

    /** A register without keywords. */
    public RegisterSummary(String iri, String identifier, LocalizedText title, LocalizedText description, String publisherName,
            Integer variableCount) {
        this(iri, identifier, title, description, publisherName, variableCount, List.of());
    }
}
