package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.HttpHarvestTest.gzip;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.redirect;
import static no.varcat.harvest.fetch.TestHttpServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpHandler;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

/**
 * Fetches that fail, from a real local server: each ends the run with one fatal issue naming the
 * status or limit and the URL, and the source's previous graph stays as it was.
 */
class HttpFailureTest {

    private static final byte[] GOOD = resource("small-register.ttl");
    private static final HttpHandler SERVE_GOOD = ok(TURTLE, GOOD);

    /** Gives a server 1 s, twice: the timeout tests take about 2 s each. */
    private static final FetchSettings IMPATIENT = HttpHarvest.FAST
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
            .withRetries(2, Duration.ofMillis(10));

    private final HttpHarvest harvest = new HttpHarvest();
    private final HarvestSource source = new HarvestSource("small", harvest.server.uri("/register.ttl"), "turtle", "Small");
    private final String url = source.location().toString();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void notFoundFailsAtOnce() {
        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, status(404));

        assertThat(fatal(report)).isEqualTo("HTTP 404 Not Found from " + url + "; check the source's URL");
        assertThat(harvest.server.requests).as("a 4xx is not retried").hasSize(1);
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedWithBackoff() {
        harvest.server.route("/register.ttl", inTurn(status(503), status(429), SERVE_GOOD));

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(harvest.server.requests).hasSize(3);
    }

    @Test
    void aServerErrorThatLastsFailsAfterTheLastAttempt() {
        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, status(500));

        assertThat(fatal(report)).isEqualTo("HTTP 500 Internal Server Error from " + url + " (gave up after 3 attempts)");
        assertThat(harvest.server.requests).hasSize(3);
    }

    @Test
    void aServerSlowerThanTheRequestTimeoutFailsAfterTheLastAttempt() {
        try (HttpHarvest impatient = new HttpHarvest(IMPATIENT)) {
            HarvestSource slow = new HarvestSource("small", impatient.server.uri("/register.ttl"), "turtle", "Small");

            HarvestReport report = impatient.failsAfterGoodHarvest(slow, SERVE_GOOD, exchange -> sleep());

            assertThat(fatal(report)).isEqualTo("No response from " + slow.location() + " within 1 s (gave up after 2 attempts)");
            assertThat(impatient.server.requests).hasSize(2);
        }
    }

    @Test
    void aBodyThatStallsTimesOutToo() {
        try (HttpHarvest impatient = new HttpHarvest(IMPATIENT)) {
            HarvestSource slow = new HarvestSource("small", impatient.server.uri("/register.ttl"), "turtle", "Small");

            HarvestReport report = impatient.failsAfterGoodHarvest(slow, SERVE_GOOD, exchange -> {
                exchange.sendResponseHeaders(200, GOOD.length);
                exchange.getResponseBody().write(GOOD, 0, 10);
                exchange.getResponseBody().flush();
                sleep();
            });

            assertThat(fatal(report)).isEqualTo("No response from " + slow.location() + " within 1 s (gave up after 2 attempts)");
        }
    }

    @Test
    void aPortNobodyListensOnFailsAfterTheLastAttempt() {
        URI closed = URI.create("http://127.0.0.1:" + freePort() + "/register.ttl");

        HarvestReport report = harvest.harvest(new HarvestSource("closed", closed, "turtle", "Closed"));

        assertThat(fatal(report)).startsWith("Cannot connect to " + closed).endsWith("(gave up after 3 attempts)");
    }

    @Test
    void aChainOfThreeRedirectsIsFollowed() {
        harvest.server.route("/register.ttl", redirect(301, "/r1"));
        harvest.server.route("/r1", redirect(302, harvest.server.uri("/r2").toString()));
        harvest.server.route("/r2", redirect(307, "r3"));
        harvest.server.route("/r3", SERVE_GOOD);

        HarvestReport report = harvest.harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(harvest.server.requests).extracting(TestHttpServer.Request::path).containsExactly("/register.ttl", "/r1", "/r2", "/r3");
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        for (int i = 1; i <= 6; i++) {
            harvest.server.route("/hop" + i, redirect(308, "/hop" + (i + 1)));
        }
        harvest.server.route("/hop7", SERVE_GOOD);
        HarvestSource fiveAway = new HarvestSource("five", harvest.server.uri("/hop2"), "turtle", "Five");

        assertThat(harvest.harvest(fiveAway).outcome()).isEqualTo(Outcome.SUCCEEDED);

        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, redirect(303, "/hop1"));

        assertThat(fatal(report)).startsWith("more than 5 redirects: " + url + " -> " + harvest.server.uri("/hop1"))
                .endsWith(" -> " + harvest.server.uri("/hop6"));
    }

    @Test
    void aRedirectLoopIsNamed() {
        harvest.server.route("/b", redirect(302, "/register.ttl"));

        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, redirect(302, "/b"));

        assertThat(fatal(report)).isEqualTo("redirect loop: " + url + " -> " + harvest.server.uri("/b") + " -> " + url);
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, redirect(302, "file:///etc/passwd"));

        assertThat(fatal(report)).isEqualTo("Redirect from " + url + " to file:///etc/passwd refused: only http and https locations are followed");
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        byte[] large = new byte[(int) HttpHarvest.CAP + 1];

        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, ok(TURTLE, large));

        assertThat(fatal(report)).isEqualTo("The content from " + url
                + " is larger than the cap of 1 MB; refusing to read it (check the source's URL)");
        assertThat(harvest.server.requests).as("not retried").hasSize(1);
    }

    @Test
    void aGzipBombIsStoppedAtTheCap() {
        byte[] bomb = gzip(new byte[20 * (int) HttpHarvest.CAP]);
        assertThat(bomb.length).isLessThan((int) HttpHarvest.CAP / 10);

        HarvestReport report = harvest.failsAfterGoodHarvest(source, SERVE_GOOD, ok(TURTLE, bomb, "Content-Encoding", "gzip"));

        assertThat(fatal(report)).isEqualTo("The content from " + url
                + " is larger than the cap of 1 MB once decompressed; refusing to read it (check the source's URL)");
    }

    @Test
    void aTargetTheGuardRefusesIsNotFetched() {
        try (HttpHarvest guarded = new HttpHarvest(HttpHarvest.FAST.withGuard(TargetGuard.addresses(a -> !a.isLoopbackAddress())))) {
            HarvestSource local = new HarvestSource("local", guarded.server.uri("/register.ttl"), "turtle", "Local");
            guarded.server.route("/register.ttl", SERVE_GOOD);

            HarvestReport report = guarded.harvest(local);

            assertThat(fatal(report)).isEqualTo("Refusing to fetch " + local.location() + ": its address 127.0.0.1 is not allowed");
            assertThat(guarded.server.requests).isEmpty();
        }
    }

    /** The one issue of a failed run, which must be fatal. */
    private static String fatal(HarvestReport report) {
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.issues()).singleElement().extracting(HarvestIssue::severity).isEqualTo(Severity.FATAL);
        return report.issues().get(0).message();
    }

    /** Each request gets the next handler; the last one answers the rest. */
    private static HttpHandler inTurn(HttpHandler... handlers) {
        Iterator<HttpHandler> next = List.of(handlers).iterator();
        HttpHandler[] current = {handlers[0]};
        return exchange -> {
            synchronized (next) {
                if (next.hasNext()) {
                    current[0] = next.next();
                }
            }
            current[0].handle(exchange);
        };
    }

    /** A server that does not answer in time; the test server's shutdown interrupts it. */
    private static void sleep() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
