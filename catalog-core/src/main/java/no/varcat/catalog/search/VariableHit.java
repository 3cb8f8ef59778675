package no.varcat.catalog.search;

/**
 * One search result. The highlight fields hold HTML-escaped text with {@code <mark>} around the
 * matches, or null when the field did not match.
 */
public record VariableHit(VariableDocument variable, double score, String highlightedLabel, String highlightedDefinition) {
}
