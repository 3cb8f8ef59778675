package no.varcat.catalog.dcat;

import no.varcat.catalog.resource.ResourceKind;

/**
 * The catalog's own URLs for harvested resources (web's stable resource URLs), which the exports
 * link to: each register's document with its variables, a variable, a publisher's page.
 */
@FunctionalInterface
public interface ResourceLinks {

    /** The URL of the resource {@code iri} of {@code kind}, serving HTML or RDF by Accept (and by suffix). */
    String url(ResourceKind kind, String iri);
}
