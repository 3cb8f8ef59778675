package no.varcat.catalog.dcat;

/**
 * The catalog's own URLs for harvested resources (web's stable resource URLs), which the exports
 * link to: each register's document with its variables, and the publisher's page.
 */
public interface ResourceLinks {

    /** The register's URL, serving HTML or RDF by Accept. */
    String register(String iri);

    /** The variable's URL. */
    String variable(String iri);

    /** The publisher's URL. */
    String publisher(String iri);
}
