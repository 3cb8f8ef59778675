package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.redirect;
import static no.varcat.harvest.fetch.TestHttpServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.sun.net.httpserver.HttpHandler;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

/**
 * The whole bad-input list over a real local HTTP server (issue 4). Each case harvests a good
 * source, then serves the bad input at the same URL. A failing case must fail with a clear issue
 * (positioned where the format has positions) and keep the previous graph; a recoverable case
 * succeeds, and says so with a warning where the input deserves one: a wrong Content-Type (a
 * warning; same content, so UNCHANGED), a CSV with a BOM (no issue), a CSV in Latin-1 (a warning at
 * the first non-UTF-8 byte), and a DCAT source with one register that violates the shapes (the
 * valid register lands, the other is reported as errors). Reader-level detail is
 * tested beside each reader and in {@link HttpFailureTest}; this is the one place the list runs
 * end to end.
 */
class BadInputOverHttpTest {

    /** 1 s timeouts and 2 attempts: the timeout case takes about 2 s, the suite a few seconds. */
    private static final FetchSettings IMPATIENT = HttpHarvest.FAST
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(10));
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";
    private static final String PATH = "/source";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final byte[] TTL = resource("small-register.ttl");
    private static final byte[] HTML = """
            <!DOCTYPE html>
            <html><head><title>Feil</title></head><body><h1>Noe gikk galt</h1></body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private final HttpHarvest harvest = new HttpHarvest(IMPATIENT);

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    /** What the bad run must end with: its outcome, its worst issue and what that says. */
    record Expect(Outcome outcome, Severity worst, String says, boolean positioned, Consumer<Graph> after) {

        static Expect fails(String says, boolean positioned) {
            return new Expect(Outcome.FAILED, Severity.FATAL, says, positioned, graph -> { });
        }

        static Expect succeeds() {
            return new Expect(Outcome.SUCCEEDED, null, null, false, graph -> { });
        }

        /** Succeeds, or finds the content the same as before (UNCHANGED), with a warning. */
        static Expect warns(Outcome outcome, String says, boolean positioned) {
            return new Expect(outcome, Severity.WARNING, says, positioned, graph -> { });
        }
    }

    record Case(String name, String format, String preset, String contentType, byte[] good, HttpHandler bad, Expect expect) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        byte[] rdfxml = write(TTL, Lang.RDFXML);
        byte[] jsonld = write(TTL, Lang.JSONLD);
        byte[] ddi = resource("ddi/birth-survey-ddi25.xml");
        byte[] csv = resource("codebook/plain.csv");
        byte[] truncated = Arrays.copyOf(TTL, TTL.length / 2);
        byte[] brokenXml = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="https://test.varcat.no/small/register">
                </rdf:RDF>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] brokenJson = """
                {"@context": {"dct": "http://purl.org/dc/terms/"},
                 "@id": "https://test.varcat.no/small/register",
                 "dct:title": "Lite testregister",
                """.getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                new Case("malformed Turtle", "turtle", null, TURTLE, TTL, ok(TURTLE, resource("broken-register.ttl")),
                        Expect.fails("foo", true)),
                new Case("malformed RDF/XML", "rdfxml", null, "application/rdf+xml", rdfxml, ok("application/rdf+xml", brokenXml),
                        Expect.fails("must be terminated by the matching end-tag", true)),
                new Case("malformed JSON-LD", "jsonld", null, "application/ld+json", jsonld, ok("application/ld+json", brokenJson),
                        Expect.fails("Not valid JSON, so not JSON-LD: Unexpected end-of-input", true)),
                new Case("JSON that is not JSON-LD", "jsonld", null, "application/ld+json", jsonld,
                        ok("application/ld+json", "{\"@context\": 5, \"@id\": \"https://test.varcat.no/small/register\"}".getBytes(StandardCharsets.UTF_8)),
                        Expect.fails("Not valid JSON-LD: ", false)),
                new Case("truncated file", "turtle", null, TURTLE, TTL, ok(TURTLE, truncated),
                        Expect.fails("End of file", true)),
                new Case("wrong Content-Type", "turtle", null, TURTLE, TTL, ok("application/json", TTL),
                        // Read anyway; the content is the same, so the run finds it unchanged.
                        Expect.warns(Outcome.UNCHANGED, "as application/json, not text/turtle", false)),
                new Case("HTML error page served with 200", "turtle", null, TURTLE, TTL, ok("text/html; charset=utf-8", HTML),
                        Expect.fails("got an HTML page, not Turtle (title 'Feil')", false)),
                new Case("empty body", "turtle", null, TURTLE, TTL, ok(TURTLE, new byte[0]),
                        Expect.fails("empty", false)),
                new Case("404", "turtle", null, TURTLE, TTL, status(404),
                        Expect.fails("HTTP 404 Not Found from ", false)),
                new Case("500", "turtle", null, TURTLE, TTL, status(500),
                        Expect.fails("HTTP 500 Internal Server Error from ", false)),
                new Case("timeout", "turtle", null, TURTLE, TTL, exchange -> sleep(),
                        Expect.fails("within 1 s (gave up after 2 attempts)", false)),
                new Case("redirect loop", "turtle", null, TURTLE, TTL, redirect(302, PATH),
                        Expect.fails("redirect loop: ", false)),
                new Case("file over the size cap", "turtle", null, TURTLE, TTL, ok(TURTLE, new byte[(int) HttpHarvest.CAP + 1]),
                        Expect.fails("is larger than the cap of 1 MB", false)),
                new Case("XML external entity (DDI)", "ddi-codebook", null, "application/xml", ddi,
                        ok("application/xml", resource("ddi/xxe.xml")), Expect.fails("declares a DTD with entities", true)),
                new Case("billion laughs (DDI)", "ddi-codebook", null, "application/xml", ddi,
                        ok("application/xml", resource("ddi/billion-laughs.xml")), Expect.fails("declares a DTD with entities", true)),
                new Case("CSV with ';' where the preset has ','", "codebook-csv", "plain", "text/csv", csv,
                        ok("text/csv", resource("codebook/plain-semicolon.csv")), Expect.succeeds()),
                new Case("CSV in UTF-8 with BOM", "codebook-csv", "plain", "text/csv", csv,
                        ok("text/csv", resource("codebook/plain-bom.csv")), Expect.succeeds()),
                new Case("CSV in Latin-1", "codebook-csv", "plain", "text/csv", csv,
                        ok("text/csv", resource("codebook/plain-latin1.csv")),
                        new Expect(Outcome.SUCCEEDED, Severity.WARNING, "read as Latin-1", true, graph ->
                                assertThat(graph.find().filterKeep(t -> t.getObject().isLiteral()
                                        && t.getObject().getLiteralLexicalForm().equals("Fødselsvekt")).hasNext())
                                        .as("the letters survive").isTrue())),
                new Case(".xlsx that is not a zip", "codebook-xlsx", "plain", XLSX, workbook(csv),
                        ok(XLSX, resource("codebook/not-a-zip.xlsx")), Expect.fails("Not an .xlsx workbook", false)),
                new Case("DCAT source with one register violating the shapes", "turtle", null, TURTLE, withExtra(TTL),
                        ok(TURTLE, resource("one-bad-register.ttl")),
                        new Expect(Outcome.SUCCEEDED, Severity.ERROR, "Register left out: ", false, graph -> {
                            assertThat(graph.contains(uri("https://test.varcat.no/small/register"), Node.ANY, Node.ANY))
                                    .as("the valid register lands").isTrue();
                            assertThat(graph.contains(uri("https://test.varcat.no/small/bad-register"), Node.ANY, Node.ANY))
                                    .as("the invalid one does not").isFalse();
                        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputServedAfterAGoodHarvest(Case c) {
        HarvestSource source = new HarvestSource("bad-input", harvest.server.uri(PATH), c.format(), c.name(),
                c.preset() == null ? null : REGISTER, c.preset());
        harvest.server.route(PATH, ok(c.contentType(), c.good()));
        HarvestReport first = harvest.harvest(source);
        assertThat(first.succeeded()).as("the good harvest: %s", first.issues()).isTrue();
        Graph before = harvest.graph(source);
        harvest.server.route(PATH, c.bad());

        HarvestReport report = harvest.harvest(source);

        Expect expect = c.expect();
        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(expect.outcome());
        Graph after = harvest.graph(source);
        if (expect.outcome() != Outcome.SUCCEEDED) {
            assertThat(after.isIsomorphicWith(before)).as("the previous harvest is kept").isTrue();
        }
        if (expect.worst() == null) {
            assertThat(report.issues()).isEmpty();
        } else {
            assertThat(report.issues().stream().map(HarvestIssue::severity).max(Comparator.naturalOrder())).as("%s", report.issues())
                    .hasValue(expect.worst());
            assertThat(report.issues()).as("%s", report.issues())
                    .anySatisfy(issue -> {
                        assertThat(issue.severity()).isEqualTo(expect.worst());
                        assertThat(issue.message()).isNotBlank().contains(expect.says());
                        if (expect.positioned()) {
                            assertThat(issue.line()).as("line").isPositive();
                        }
                    });
        }
        expect.after().accept(after);
    }

    /** The good register and one more resource, so that the bad run's graph differs from the first. */
    private static byte[] withExtra(byte[] turtle) {
        String extra = "\n<https://test.varcat.no/small/extra> <http://purl.org/dc/terms/title> \"Ekstra\"@nb .\n";
        return (new String(turtle, StandardCharsets.UTF_8) + extra).getBytes(StandardCharsets.UTF_8);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static byte[] write(byte[] turtle, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(graph);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, lang);
        return out.toByteArray();
    }

    /** The CSV codebook as a one-sheet workbook in the plain layout. */
    private static byte[] workbook(byte[] csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Variabler");
            String[] lines = new String(csv, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                var row = sheet.createRow(i);
                String[] cells = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                for (int j = 0; j < cells.length; j++) {
                    row.createCell(j).setCellValue(cells[j].replace("\"", ""));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server that does not answer in time; the test server's shutdown interrupts it. */
    private static void sleep() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
