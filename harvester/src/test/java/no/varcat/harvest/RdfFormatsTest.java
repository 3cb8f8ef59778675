package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same register in every RDF syntax a source may use lands as the same triples. */
class RdfFormatsTest {

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @ParameterizedTest
    @CsvSource({"turtle,ttl", "rdfxml,rdf", "jsonld,jsonld", "ntriples,nt", "trig,trig"})
    void everySyntaxGivesTheSameGraph(String format, String extension) throws IOException {
        Graph expected = smallRegister();
        Path file = dir.resolve("register." + extension);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format.equals("trig")) {
                // Split over the default graph and a named graph: the source's graph gets both.
                DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
                expected.find().forEach(t -> {
                    if (t.getPredicate().getURI().startsWith("http://xmlns.com/foaf/")) {
                        dataset.add(NodeFactory.createURI("https://test.varcat.no/graph/publishers"), t.getSubject(), t.getPredicate(), t.getObject());
                    } else {
                        dataset.getDefaultGraph().add(t);
                    }
                });
                RDFDataMgr.write(out, dataset, RDFFormat.TRIG);
            } else {
                RDFDataMgr.write(out, expected, lang(format));
            }
        }

        HarvestReport report = harvest.harvest(new HarvestSource("small", file.toUri(), format, "Small"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(harvest.store.readGraph("urn:varcat:source:small").isIsomorphicWith(expected)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // A missing comma: Jackson's line and column, not the byte offset Jena's JSON-LD parser gives.
            "{\"@id\": \"https://test.varcat.no/small/register\",\\n \"http://purl.org/dc/terms/title\": \"Lite\" \"x\": 1}"
                    + " | 2 | 43 | Not valid JSON, so not JSON-LD: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
            "{\"@id\": \"https://test.varcat.no/small/register\",\\n \"http://purl.org/dc/terms/title\": \"Lite\""
                    + " | 2 | 42 | Not valid JSON, so not JSON-LD: Unexpected end-of-input",
            "\"just a string\" | 1 | 1 | Not valid JSON-LD: a JSON-LD document is a JSON object or list, this one is a string",
            "{\"@id\": \"https://test.varcat.no/small/register\", \"@type\": 5} | -1 | -1 | Not valid JSON-LD: @type value is not valid"})
    void malformedJsonLdIsOneFatalIssueSayingWhatIsWrongAndWhere(String json, long line, long column, String says) throws IOException {
        harvest.harvest(new HarvestSource("small", writeSmallRegister(Lang.JSONLD).toUri(), "jsonld", "Small"));
        Path file = dir.resolve("broken.jsonld");
        Files.writeString(file, json.replace("\\n", "\n"));

        HarvestReport report = harvest.harvest(new HarvestSource("small", file.toUri(), "jsonld", "Small"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(HarvestIssue.Severity.FATAL);
            assertThat(issue.message()).startsWith(says).doesNotContain("Source: REDACTED");
            assertThat(issue.line()).isEqualTo(line);
            assertThat(issue.column()).isEqualTo(column);
        });
        assertThat(harvest.store.readGraph("urn:varcat:source:small").isIsomorphicWith(smallRegister())).as("the previous harvest is kept").isTrue();
    }

    private Path writeSmallRegister(Lang lang) throws IOException {
        Path file = dir.resolve("register.jsonld");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, smallRegister(), lang);
        }
        return file;
    }

    private static Lang lang(String format) {
        return switch (format) {
            case "rdfxml" -> Lang.RDFXML;
            case "jsonld" -> Lang.JSONLD;
            case "ntriples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
    }

    private static Graph smallRegister() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = RdfFormatsTest.class.getResourceAsStream("small-register.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        return graph;
    }
}
