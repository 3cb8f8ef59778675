package no.varcat.catalog.search;

/** A variable offered while a researcher types: enough to recognise it and open its page. */
public record VariableSuggestion(String iri, String notation, String labelNb, String labelEn, String registerTitleNb,
        String registerTitleEn) {
}
