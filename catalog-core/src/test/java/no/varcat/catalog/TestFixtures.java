package no.varcat.catalog;

import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Test fixtures of our own, read from the test classpath. */
public final class TestFixtures {

    public static final String BIRTH_REGISTER = "https://test.varcat.no/birth/register";

    private TestFixtures() {
    }

    public static Graph birthRegister() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = TestFixtures.class.getResourceAsStream("birth-register.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return graph;
    }
}
