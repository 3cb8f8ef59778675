package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.SourceReader;
import no.varcat.vocab.DISCO;

/** One read of a codebook in a test: the graph it produced and the issues it reported. */
record CodebookRead(Graph graph, IssueCollector issues) {

    static final String REGISTER = "https://test.varcat.no/fhi/mfr";

    static CodebookRead csv(String fixture, String preset) {
        return read(new CsvCodebookReader(), fixture(fixture), preset);
    }

    static CodebookRead csvText(String text, String preset) {
        return read(new CsvCodebookReader(), text.getBytes(StandardCharsets.UTF_8), preset);
    }

    static CodebookRead read(SourceReader reader, byte[] bytes, String preset) {
        Graph graph = GraphFactory.createDefaultGraph();
        IssueCollector issues = new IssueCollector();
        reader.read(new ByteArrayInputStream(bytes), new SourceContext(REGISTER, REGISTER, preset), StreamRDFLib.graph(graph), issues);
        return new CodebookRead(graph, issues);
    }

    /** Reads input the reader must refuse; returns what it reported. */
    static IssueCollector refused(SourceReader reader, byte[] bytes, String preset) {
        IssueCollector issues = new IssueCollector();
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), new SourceContext(REGISTER, REGISTER, preset),
                StreamRDFLib.graph(GraphFactory.createDefaultGraph()), issues))
                .isInstanceOf(SourceFormatException.class);
        return issues;
    }

    static byte[] fixture(String name) {
        try (InputStream in = CodebookRead.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Model model() {
        return ModelFactory.createModelForGraph(graph);
    }

    Resource variable(String notation) {
        return model().createResource(REGISTER + "/variable/" + notation);
    }

    Resource codeList(String notation) {
        return model().createResource(REGISTER + "/codelist/" + notation);
    }

    Resource code(String notation, String value) {
        return model().createResource(REGISTER + "/codelist/" + notation + "/" + value);
    }

    List<Resource> variables() {
        return model().listSubjectsWithProperty(RDF.type, DISCO.Variable).toList();
    }

    List<HarvestIssue> warnings() {
        return issues.issues().stream().filter(issue -> issue.severity() == Severity.WARNING).toList();
    }

    boolean hasBlankNodes() {
        return graph.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                || graph.stream().map(t -> t.getPredicate()).anyMatch(Node::isBlank);
    }
}
