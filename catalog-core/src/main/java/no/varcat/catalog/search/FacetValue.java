package no.varcat.catalog.search;

/**
 * One value of a facet with how many variables have it, given the text and the other facets.
 *
 * @param key      what goes in the URL (a register or theme IRI, "true"/"false", a publisher name, a value
 *                 type or coverage band param)
 * @param label    what the page shows; for registers the bokmål title, for publishers the bokmål name, for
 *                 themes the bokmål label
 * @param labelEn  English title or name where there is one, else null
 */
public record FacetValue(String key, String label, String labelEn, long count, boolean selected) {
}
