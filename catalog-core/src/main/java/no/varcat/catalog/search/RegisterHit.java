package no.varcat.catalog.search;

/**
 * One register found. The highlight fields hold HTML-escaped text with {@code <mark>} around the
 * matches, or null when the field did not match.
 */
public record RegisterHit(RegisterDocument register, String highlightedTitle, String highlightedDescription) {
}
