package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.redirect;
import static no.varcat.harvest.fetch.TestHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpHandler;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

/** Harvesting over HTTP from a real local server: content, conditional GET, headers sent and received. */
class HttpHarvestTest {

    private static final byte[] GOOD = resource("small-register.ttl");
    private static final byte[] HTML = """
            <!DOCTYPE html>
            <html><head><title>Logg inn</title></head><body><form>...</form></body></html>
            """.getBytes(StandardCharsets.UTF_8);
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";

    private final HttpHarvest harvest = new HttpHarvest();
    private final HarvestSource source = new HarvestSource("small", harvest.server.uri("/register.ttl"), "turtle", "Small");

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void turtleSourceIsHarvestedAskingForTurtleAndGzip() {
        harvest.server.route("/register.ttl", ok(TURTLE, GOOD));

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(report.issues()).isEmpty();
        assertThat(harvest.graph(source).isIsomorphicWith(parse(GOOD))).isTrue();
        assertThat(harvest.server.requests).singleElement().satisfies(request -> {
            assertThat(request.headers().getFirst("Accept")).isEqualTo("text/turtle, */*;q=0.1");
            assertThat(request.headers().getFirst("Accept-Encoding")).isEqualTo("gzip");
            assertThat(request.headers().getFirst("If-None-Match")).isNull();
        });
    }

    @Test
    void sameEtagGives304AndTheRunIsUnchangedWritingNothing() {
        harvest.server.route("/register.ttl", etagged(GOOD, "\"v1\""));
        HarvestReport first = harvest.harvest(source);
        Graph harvested = harvest.graph(source);
        int writes = harvest.writes();
        assertThat(first.fetchState()).isEqualTo(new FetchState(source.location(), "\"v1\"", null));

        HarvestReport second = harvest.harvest(source, first.fetchState());

        assertThat(harvest.server.requests.get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(second.succeeded()).isFalse();
        assertThat(second.issues()).isEmpty();
        assertThat(second.fetchState()).isEqualTo(first.fetchState());
        // Nothing written: no store transaction, the same graph, and no run in the history.
        assertThat(harvest.writes()).isEqualTo(writes);
        assertThat(harvest.graph(source).isIsomorphicWith(harvested)).isTrue();
        assertThat(new HarvestHistory(harvest.store).runs("small")).extracting(HarvestReport::outcome).containsExactly(Outcome.SUCCEEDED);

        // A new ETag on the same content: fetched in full, found equal, still nothing written.
        harvest.server.route("/register.ttl", etagged(GOOD, "\"v2\""));
        HarvestReport third = harvest.harvest(source, second.fetchState());

        assertThat(third.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(third.fetchState().etag()).isEqualTo("\"v2\"");
        assertThat(harvest.writes()).isEqualTo(writes);
    }

    @Test
    void sameLastModifiedGives304() {
        String date = "Wed, 21 Oct 2026 07:28:00 GMT";
        harvest.server.route("/register.ttl", exchange -> {
            if (date.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                send(exchange, 304, new byte[0]);
            } else {
                ok(TURTLE, GOOD, "Last-Modified", date).handle(exchange);
            }
        });
        HarvestReport first = harvest.harvest(source);
        int writes = harvest.writes();

        HarvestReport second = harvest.harvest(source, first.fetchState());

        assertThat(first.fetchState()).isEqualTo(new FetchState(source.location(), null, date));
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(harvest.writes()).isEqualTo(writes);
    }

    @Test
    void aStateIsNotUsedForAnotherLocationNorWhenTheStoreLacksTheGraph() {
        harvest.server.route("/register.ttl", etagged(GOOD, "\"v1\""));
        FetchState elsewhere = new FetchState(harvest.server.uri("/other.ttl"), "\"v1\"", null);
        FetchState here = new FetchState(source.location(), "\"v1\"", null);

        HarvestReport empty = harvest.harvest(source, here);
        HarvestReport moved = harvest.harvest(source, elsewhere);

        assertThat(empty.outcome()).as("the store has no graph to keep").isEqualTo(Outcome.SUCCEEDED);
        assertThat(moved.outcome()).as("fetched in full, and equal to what the store has").isEqualTo(Outcome.UNCHANGED);
        assertThat(harvest.server.requests).hasSize(2).allSatisfy(r -> assertThat(r.headers().getFirst("If-None-Match")).isNull());
    }

    @Test
    void gzipBodyIsDecompressed() {
        harvest.server.route("/register.ttl", ok(TURTLE, gzip(GOOD), "Content-Encoding", "gzip"));

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(harvest.graph(source).isIsomorphicWith(parse(GOOD))).isTrue();
    }

    @Test
    void aContentTypeThatContradictsTheFormatIsAWarning() {
        harvest.server.route("/register.ttl", ok("application/json", GOOD));

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("as application/json, not text/turtle");
        });
    }

    @Test
    void anotherNameOfTheSameSyntaxOrAGenericTypeIsNoWarning() {
        harvest.server.route("/register.ttl", ok("application/turtle", GOOD));
        harvest.server.route("/plain.ttl", ok("text/plain", GOOD));

        assertThat(harvest.harvest(source).issues()).isEmpty();
        assertThat(harvest.harvest(new HarvestSource("plain", harvest.server.uri("/plain.ttl"), "turtle", "Plain")).issues()).isEmpty();
    }

    @Test
    void anHtmlPageServedWith200ForTurtleIsCalledOne() {
        HarvestReport report = harvest.failsAfterGoodHarvest(source, ok(TURTLE, GOOD), ok("text/html; charset=utf-8", HTML));

        assertThat(report.issues()).extracting(HarvestIssue::severity).containsExactly(Severity.WARNING, Severity.FATAL);
        assertThat(report.issues().get(0).message()).contains("as text/html");
        assertThat(report.issues().get(1).message()).contains("got an HTML page, not Turtle (title 'Logg inn')");
    }

    @Test
    void anHtmlPageServedWith200ForCsvIsCalledOne() {
        HarvestSource csv = new HarvestSource("mfr", harvest.server.uri("/codebook.csv"), "codebook-csv", "MFR", REGISTER, "plain");

        HarvestReport report = harvest.failsAfterGoodHarvest(csv, ok("text/csv", resource("codebook/plain.csv")), ok("text/html", HTML));

        assertThat(report.issues()).last().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("got an HTML page, not CSV");
        });
    }

    @Test
    void anEmptyBodyKeepsThePreviousHarvest() {
        HarvestReport report = harvest.failsAfterGoodHarvest(source, ok(TURTLE, GOOD), ok(TURTLE, new byte[0]));

        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("empty");
        });
    }

    @Test
    void theAuthHeaderReachesTheSourcesOriginOnlyAndIsNeverReportedOrLogged() {
        String secret = "Bearer s3cr3t-t0ken";
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        try (TestHttpServer elsewhere = new TestHttpServer()) {
            harvest.server.route("/register.ttl", ok(TURTLE, GOOD));
            harvest.server.route("/moved.ttl", redirect(302, elsewhere.uri("/register.ttl").toString()));
            elsewhere.route("/register.ttl", ok(TURTLE, GOOD));
            HarvestSource secured = new HarvestSource("secured", source.location(), "turtle", "Secured", null, null, "Authorization: " + secret);
            HarvestSource moved = new HarvestSource("moved", harvest.server.uri("/moved.ttl"), "turtle", "Moved", null, null,
                    "Authorization: " + secret);

            HarvestReport report = harvest.harvest(secured);
            HarvestReport redirected = harvest.harvest(moved);
            HarvestReport failed = harvest.harvest(new HarvestSource("gone", harvest.server.uri("/gone.ttl"), "turtle", "Gone", null, null,
                    "Authorization: " + secret));

            assertThat(report.succeeded()).isTrue();
            assertThat(redirected.succeeded()).isTrue();
            assertThat(failed.succeeded()).isFalse();
            assertThat(harvest.server.requests).extracting(r -> r.headers().getFirst("Authorization")).containsOnly(secret);
            assertThat(elsewhere.requests).singleElement()
                    .satisfies(r -> assertThat(r.headers().getFirst("Authorization")).as("not sent to another origin").isNull());
            assertThat(secured.toString()).contains("Authorization").doesNotContain("s3cr3t");
            assertThat(report + " " + redirected + " " + failed).doesNotContain("s3cr3t");
            assertThat(new HarvestHistory(harvest.store).runs("gone").toString()).doesNotContain("s3cr3t");
            assertThat(harvest.store.graphNames()).allSatisfy(name ->
                    assertThat(harvest.store.readGraph(name).toString()).doesNotContain("s3cr3t"));
            assertThat(logged.list).isNotEmpty().allSatisfy(event ->
                    assertThat(event.getFormattedMessage()).doesNotContain("s3cr3t"));
        } finally {
            root.detachAppender(logged);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "turtle         | text/turtle, */*;q=0.1",
            "rdfxml         | application/rdf+xml, */*;q=0.1",
            "jsonld         | application/ld+json, */*;q=0.1",
            "ntriples       | application/n-triples, */*;q=0.1",
            "ddi-codebook   | application/xml, text/xml, */*;q=0.1",
            "codebook-csv   | text/csv, */*;q=0.1",
            "coverage-csv   | text/csv, */*;q=0.1",
            "codebook-xlsx  | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.1",
            "indicator-json | application/json, */*;q=0.1",
            "microdata-json | application/json, */*;q=0.1"})
    void eachFormatAsksForItsMediaTypes(String format, String accept) {
        harvest.harvest(new HarvestSource("any", harvest.server.uri("/missing"), format, "Any", REGISTER, null));

        assertThat(harvest.server.requests).singleElement()
                .satisfies(request -> assertThat(request.headers().getFirst("Accept")).isEqualTo(accept));
    }

    /** Serves {@code body} with {@code etag}, and 304 to a request that already has it. */
    static HttpHandler etagged(byte[] body, String etag) {
        return exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                send(exchange, 304, new byte[0]);
            } else {
                ok(TURTLE, body, "ETag", etag).handle(exchange);
            }
        };
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Graph parse(byte[] turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base("http://example.org/").parse(graph);
        return graph;
    }
}
