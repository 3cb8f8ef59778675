package no.varcat.web.variable;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.vocab.ControlledTerms;

/**
 * A variable's temporality or unit type as its page shows it: the list's labels and the name its
 * search facet takes, so the page links to the variables sharing it. A unit type of no list varcat
 * knows (an RDF source's own IRI) is shown as its IRI, without a link.
 *
 * @param param the facet's value ({@code person}); null for a concept of no list
 */
public record ScopeValue(String param, LocalizedText label) {

    /** The concept with this IRI in {@code terms}; null without an IRI. */
    static ScopeValue of(String iri, ControlledTerms terms) {
        if (iri == null) {
            return null;
        }
        return terms.byIri(iri).map(t -> new ScopeValue(t.param(), new LocalizedText(t.labelNb(), null, t.labelEn())))
                .orElseGet(() -> new ScopeValue(null, new LocalizedText(iri, null, null)));
    }
}
