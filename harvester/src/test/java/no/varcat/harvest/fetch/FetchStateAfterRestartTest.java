package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpHandler;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.schedule.FetchStates;

/**
 * A successful run records its fetch's validators with its data, in the same transaction, so that
 * the first run after a restart is still a conditional GET that writes nothing when answered 304.
 */
class FetchStateAfterRestartTest {

    private static final byte[] GOOD = resource("small-register.ttl");
    private static final String ETAG = "\"v7\"";
    private static final String DATE = "Mon, 23 Nov 2026 17:00:00 GMT";

    private final HttpHarvest harvest = new HttpHarvest();
    private final HarvestSource source = new HarvestSource("small", harvest.server.uri("/register.ttl"), "turtle", "Small");

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void theFirstRunAfterARestartSendsTheRecordedValidatorsAndWritesNothingOn304() {
        harvest.server.route("/register.ttl", validated());
        HarvestReport first = new FetchStates(new HarvestHistory(harvest.store)).harvest(harvest.newHarvester(), source);
        assertThat(first.outcome()).as("%s", first.issues()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(harvest.writes()).as("data, log and fetch state in one transaction").isEqualTo(1);
        assertThat(new HarvestHistory(harvest.store).lastFetchState("small")).isEqualTo(new FetchState(source.location(), ETAG, DATE));
        Graph harvested = harvest.graph(source);
        harvest.server.requests.clear();

        // A restart: nothing in memory, only the store.
        FetchStates restarted = new FetchStates(new HarvestHistory(harvest.store));
        HarvestReport second = restarted.harvest(harvest.newHarvester(), source);

        assertThat(harvest.server.requests).singleElement().satisfies(request -> {
            assertThat(request.headers().getFirst("If-None-Match")).isEqualTo(ETAG);
            assertThat(request.headers().getFirst("If-Modified-Since")).isEqualTo(DATE);
        });
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(harvest.writes()).isEqualTo(1);
        assertThat(harvest.graph(source).isIsomorphicWith(harvested)).isTrue();
        assertThat(restarted.get(source)).isEqualTo(new FetchState(source.location(), ETAG, DATE));
    }

    @Test
    void inMemoryOnlyTheFirstRunAfterARestartFetchesInFullAndStillWritesNothing() {
        harvest.server.route("/register.ttl", validated());
        new FetchStates().harvest(harvest.newHarvester(), source);
        harvest.server.requests.clear();

        HarvestReport memoryOnly = new FetchStates().harvest(harvest.newHarvester(), source);

        assertThat(memoryOnly.outcome()).as("fetched in full, equal to the store").isEqualTo(Outcome.UNCHANGED);
        assertThat(harvest.server.requests).singleElement()
                .satisfies(r -> assertThat(r.headers().getFirst("If-None-Match")).isNull());
        assertThat(harvest.writes()).isEqualTo(1);
    }

    @Test
    void aSourceWithoutValidatorsRecordsNoFetchState() {
        harvest.server.route("/register.ttl", ok(TURTLE, GOOD));

        HarvestReport report = harvest.harvest(source);

        assertThat(report.succeeded()).isTrue();
        assertThat(new HarvestHistory(harvest.store).lastFetchState("small")).isEqualTo(FetchState.NONE);
        assertThat(new FetchStates(new HarvestHistory(harvest.store)).get(source)).isEqualTo(FetchState.NONE);
    }

    /** Serves the register with an ETag and a Last-Modified, and 304 to a request that has both. */
    private static HttpHandler validated() {
        return exchange -> {
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && DATE.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                send(exchange, 304, new byte[0]);
            } else {
                ok(TURTLE, GOOD, "ETag", ETAG, "Last-Modified", DATE).handle(exchange);
            }
        };
    }
}
