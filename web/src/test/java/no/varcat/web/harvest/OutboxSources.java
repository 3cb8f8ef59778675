package no.varcat.web.harvest;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRateMapping;

/** The Turtle {@link ChangeIndexingIT} serves: a register with named variables, and a coverage rate. */
final class OutboxSources {

    static final String BASE = "https://test.varcat.no/outbox/";

    private OutboxSources() {
    }

    /** A register with the variables named, each labelled "{prefix} {name}". */
    static String register(String prefix, String... names) {
        StringBuilder ttl = new StringBuilder("""
                @prefix dcat:  <http://www.w3.org/ns/dcat#> .
                @prefix dct:   <http://purl.org/dc/terms/> .
                @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix foaf:  <http://xmlns.com/foaf/0.1/> .
                @prefix vcard: <http://www.w3.org/2006/vcard/ns#> .

                <%sregister> a dcat:Dataset ;
                    dct:identifier "%sregister" ;
                    dct:title "Outbox-testregister"@nb, "Outbox test register"@en ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    dct:description "Et register for tester av indekseringen."@nb ;
                    dct:publisher <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> ;
                    dcat:contactPoint <%scontact> ;
                    disco:variable %s .

                <https://data.brreg.no/enhetsregisteret/api/enheter/983744516> a foaf:Organization ;
                    dct:identifier "983744516" ;
                    foaf:name "Folkehelseinstituttet"@nb .

                <%scontact> a vcard:Organization ;
                    vcard:fn "Registerkontakt" .
                """.formatted(BASE, BASE, BASE, String.join(" , ", Arrays.stream(names).map(n -> "<" + BASE + n + ">").toList()), BASE));
        for (String name : names) {
            ttl.append("\n<").append(BASE).append(name).append("> a disco:Variable, skos:Concept ;\n    skos:notation \"")
                    .append(name).append("\" ;\n    skos:prefLabel \"").append(prefix).append(' ').append(name).append("\"@nb .\n");
        }
        return ttl.toString();
    }

    /** A coverage rate of 2024 for {@code on} (a register or a variable). */
    static String coverage(String on, String rate) {
        Graph rates = GraphFactory.createDefaultGraph();
        CoverageRateMapping.write(new CoverageRate(BASE + "coverage/2024", on, 2024, new BigDecimal(rate), null, null, null),
                StreamRDFLib.graph(rates));
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, rates, Lang.TURTLE);
        return turtle.toString();
    }
}
