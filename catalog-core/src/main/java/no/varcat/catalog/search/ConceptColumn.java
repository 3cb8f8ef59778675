package no.varcat.catalog.search;

import java.util.List;

/**
 * One column of the coverage matrix: the variables that hold a concept. Either a search term,
 * matched against the variables' names (labels in any language and notations, with the synonyms and
 * the English health terms), or the variables a shared concept is behind ({@code disco:basedOn}),
 * read from the store beforehand and matched by IRI.
 *
 * @param text         the search term, or null for a shared concept
 * @param variableIris the shared concept's variables; empty for a search term
 */
public record ConceptColumn(String text, List<String> variableIris) {

    public ConceptColumn {
        text = text == null || text.isBlank() ? null : text.strip();
        variableIris = variableIris == null ? List.of() : List.copyOf(variableIris);
    }

    public static ConceptColumn term(String text) {
        return new ConceptColumn(text, List.of());
    }

    public static ConceptColumn variables(List<String> variableIris) {
        return new ConceptColumn(null, variableIris);
    }
}
