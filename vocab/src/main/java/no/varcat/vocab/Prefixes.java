package no.varcat.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/** The prefix map varcat writes RDF with, and prepends to its SPARQL queries. */
public final class Prefixes {

    public static final PrefixMapping VARCAT_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("dct", DCTerms.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("disco", DISCO.NS)
            .setNsPrefix("healthdcatap", HealthDCATAP.NS)
            .setNsPrefix("dqv", "http://www.w3.org/ns/dqv#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("varcat", VARCAT.NS)
            .lock();

    private Prefixes() {
    }

    /** SPARQL PREFIX declarations for every prefix above. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        VARCAT_PREFIXES.getNsPrefixMap().forEach((prefix, ns) ->
                sb.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
