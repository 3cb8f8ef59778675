package no.varcat.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/** The prefix map varcat writes RDF with, and prepends to its SPARQL queries: the table of docs/model.md. */
public final class Prefixes {

    public static final PrefixMapping VARCAT_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dcat", DCAT.NS)
            .setNsPrefix("dct", DCTerms.NS)
            .setNsPrefix("dcatno", DCATNO.NS)
            .setNsPrefix("healthdcatap", HealthDCATAP.NS)
            .setNsPrefix("disco", DISCO.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dqv", DQV.NS)
            .setNsPrefix("ldqd", LDQD.NS)
            .setNsPrefix("sdmx-dimension", SDMXDimension.NS)
            .setNsPrefix("sdmx-attribute", SDMXAttribute.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("vcard", VCARD4.NS)
            .setNsPrefix("adms", ADMS.NS)
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
