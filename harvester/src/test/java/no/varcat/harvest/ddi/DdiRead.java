package no.varcat.harvest.ddi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.harvest.IssueCollector;

/** One read of a codebook in a test: the graph it produced and the issues it reported. */
record DdiRead(Graph graph, IssueCollector issues) {

    static final String BASE = "https://test.varcat.no/ddi/births";

    Model model() {
        return ModelFactory.createModelForGraph(graph);
    }

    static DdiRead fixture(String name) {
        return fixture(name, "en");
    }

    static DdiRead fixture(String name, String defaultLanguage) {
        try (InputStream in = DdiRead.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test fixture " + name);
            }
            return read(in, new DdiCodebookReader(defaultLanguage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DdiRead file(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, new DdiCodebookReader("en"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DdiRead text(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new DdiCodebookReader("en"));
    }

    /** Reads into {@code graph}, so a test can see what was emitted before a read failed. */
    static void into(Graph graph, IssueCollector issues, String xml) {
        new DdiCodebookReader("en").read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), BASE,
                StreamRDFLib.graph(graph), issues);
    }

    static String resourceText(String name) {
        try (InputStream in = DdiRead.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DdiRead read(InputStream in, DdiCodebookReader reader) {
        Graph graph = GraphFactory.createDefaultGraph();
        IssueCollector issues = new IssueCollector();
        reader.read(in, BASE, StreamRDFLib.graph(graph), issues);
        return new DdiRead(graph, issues);
    }
}
