package no.varcat.harvest.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestPhase;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.fetch.FetchState;

/** The second harvest of a source through {@link FetchStates} is a conditional GET, answered 304. */
class FetchStatesTest {

    private static final String ETAG = "\"v1\"";

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
        store.close();
    }

    @Test
    void theNextRunSendsTheLastEtagAndFindsTheSourceUnchanged() {
        HarvestSource source = new HarvestSource("small", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/small.ttl"),
                "turtle", "Small");
        FetchStates states = new FetchStates();
        assertThat(states.get(source)).isEqualTo(FetchState.NONE);

        List<HarvestPhase> phases = new CopyOnWriteArrayList<>();
        HarvestReport first = states.harvest(harvester, source);
        HarvestReport second = states.harvest(harvester, source, phases::add);

        assertThat(first.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(ifNoneMatch).containsExactly("none", ETAG);
        assertThat(states.get(source).etag()).isEqualTo(ETAG);
        assertThat(phases).as("a 304 ends the run while fetching").containsExactly(HarvestPhase.FETCHING);
    }

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/small.ttl", exchange -> {
                String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
                ifNoneMatch.add(sent == null ? "none" : sent);
                try (InputStream ignored = exchange.getRequestBody()) {
                    exchange.getResponseHeaders().set("ETag", ETAG);
                    if (ETAG.equals(sent)) {
                        exchange.sendResponseHeaders(304, -1);
                    } else {
                        byte[] body = smallRegister();
                        exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                } finally {
                    exchange.close();
                }
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] smallRegister() throws IOException {
        try (InputStream in = FetchStatesTest.class.getResourceAsStream("/no/varcat/harvest/small-register.ttl")) {
            return in.readAllBytes();
        }
    }
}
