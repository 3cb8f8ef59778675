package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.RegisterSources;

/**
 * The syntax an RDF source is read in when the server says another than the source's format: JSON-LD
 * served as plain {@code application/json} (as many catalogs do), and an RDF type from Jena's language
 * registry, over HTTP from a real local server into a TDB2 store.
 */
class ServedSyntaxTest {

    private static final byte[] TURTLE = resource("small-register.ttl");
    private static final Node REGISTER = NodeFactory.createURI("https://test.varcat.no/small/register");

    private final HttpHarvest harvest = new HttpHarvest();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void aJsonLdSourceServedAsApplicationJsonIsReadWithoutAWord() {
        harvest.server.route("/catalog.json", ok("application/json; charset=utf-8", jsonLd(TURTLE)));
        HarvestSource source = new HarvestSource("small", harvest.server.uri("/catalog.json"), "jsonld", "Small");

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(report.issues()).isEmpty();
        assertThat(harvest.graph(source).isIsomorphicWith(parse(TURTLE, Lang.TURTLE))).isTrue();
    }

    @Test
    void theOfficialSeriesExampleAsJsonLdServedAsApplicationJsonToATurtleSourceIsReadAsJsonLd() throws Exception {
        byte[] example = Files.readAllBytes(RegisterSources.reference("dcat-ap-no/example-dataset-series.ttl"));
        harvest.server.route("/catalog", ok("application/json", jsonLd(example)));
        HarvestSource source = new HarvestSource("series", harvest.server.uri("/catalog"), "turtle", "Series");

        HarvestReport report = harvest.harvest(source);

        // The example's datasets lack what varcat's profile wants (a Bokmål title, a contact point): the
        // catalog and the series land, which shows the JSON-LD was read, and the run says how it was read.
        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(report.issues()).anySatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("application/json").contains("read as JSON-LD").contains("set the source's format to jsonld");
        });
        Graph graph = harvest.graph(source);
        assertThat(graph.contains(NodeFactory.createURI("http://example.org/EUCatalog"), RDF.type.asNode(), DCAT.Catalog.asNode())).isTrue();
        assertThat(graph.contains(NodeFactory.createURI("http://example.org/budget"), RDF.type.asNode(),
                NodeFactory.createURI(DCAT.NS + "DatasetSeries"))).isTrue();
    }

    @Test
    void anRdfTypeOfJenasRegistryChoosesTheParser() {
        harvest.server.route("/register", ok("application/ld+json", jsonLd(TURTLE)));
        HarvestSource source = new HarvestSource("small", harvest.server.uri("/register"), "turtle", "Small");

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(report.issues()).anySatisfy(issue -> assertThat(issue.message())
                .isEqualTo("Served as application/ld+json, so read as JSON-LD, not Turtle as the source's format says"));
        assertThat(harvest.graph(source).contains(REGISTER, RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
    }

    @Test
    void turtleServedAsTextPlainOrMislabelledJsonStaysTurtle() {
        // Jena takes text/plain for N-Triples; servers send it for any file, so it says nothing.
        harvest.server.route("/plain.ttl", ok("text/plain", TURTLE));
        harvest.server.route("/json.ttl", ok("application/json", TURTLE));
        HarvestSource plain = new HarvestSource("plain", harvest.server.uri("/plain.ttl"), "turtle", "Plain");
        HarvestSource json = new HarvestSource("json", harvest.server.uri("/json.ttl"), "turtle", "Json");

        HarvestReport plainReport = harvest.harvest(plain);
        HarvestReport jsonReport = harvest.harvest(json);

        assertThat(plainReport.outcome()).as("%s", plainReport.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(plainReport.issues()).isEmpty();
        assertThat(jsonReport.outcome()).as("%s", jsonReport.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(jsonReport.issues()).noneMatch(issue -> issue.message().contains("read as"));
        assertThat(harvest.graph(json).isIsomorphicWith(parse(TURTLE, Lang.TURTLE))).isTrue();
    }

    private static byte[] jsonLd(byte[] turtle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, parse(turtle, Lang.TURTLE), Lang.JSONLD);
        return out.toByteArray();
    }

    private static Graph parse(byte[] bytes, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(graph);
        return graph;
    }
}
