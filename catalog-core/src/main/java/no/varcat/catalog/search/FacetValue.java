package no.varcat.catalog.search;

/**
 * One value of a facet with how many variables have it, given the text and the other facets.
 *
 * @param key      what goes in the URL (a register IRI, "true"/"false", a publisher name, a value type param)
 * @param label    what the page shows; for registers the bokmål title, for publishers the bokmål name
 * @param labelEn  English title or name where there is one, else null
 */
public record FacetValue(String key, String label, String labelEn, long count, boolean selected) {
}
