package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** The sample sources listed in sources.csv, read from the classpath and parsed strictly. */
final class SampleSources {

    private static final String FOLDER = "no/varcat/sample/";

    private SampleSources() {
    }

    /** The Turtle files of the sample catalog (the other formats need a harvester to become RDF). */
    static List<String> files() {
        return SampleCatalog.sources().stream().filter(s -> s.format().equals("turtle")).map(SampleSource::file).toList();
    }

    /** One source file into {@code graph}. */
    static Graph parseInto(Graph graph, String file) {
        try (InputStream in = resource(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    static Graph parse(String file) {
        return parseInto(GraphFactory.createDefaultGraph(), file);
    }

    /** The whole sample catalog: every source merged into one graph. */
    static Graph merged() {
        Graph graph = GraphFactory.createDefaultGraph();
        files().forEach(file -> parseInto(graph, file));
        return graph;
    }

    static InputStream resource(String name) {
        InputStream in = SampleSources.class.getClassLoader().getResourceAsStream(FOLDER + name);
        assertThat(in).as(FOLDER + name + " on the classpath").isNotNull();
        return in;
    }
}
