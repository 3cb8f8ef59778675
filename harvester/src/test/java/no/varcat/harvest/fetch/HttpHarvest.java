package no.varcat.harvest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

import com.sun.net.httpserver.HttpHandler;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.QueryAnswer;
import no.varcat.catalog.store.QueryLimits;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;

/**
 * The standard harvester over an in-memory store, fetching from a {@link TestHttpServer} with
 * short timeouts and backoffs. The store counts its writes, so a test can show that a run wrote
 * nothing. One per test, closed after it.
 */
final class HttpHarvest implements AutoCloseable {

    static final long CAP = 1024 * 1024;
    /** Backoffs of milliseconds; timeouts long enough for a busy build machine (timeout tests set their own). */
    static final FetchSettings FAST = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .withRetries(3, Duration.ofMillis(10))
            .withMaxBytes(CAP);
    static final String TURTLE = "text/turtle; charset=utf-8";

    final TestHttpServer server = new TestHttpServer();
    final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final AtomicInteger writes = new AtomicInteger();
    private final FetchSettings settings;
    private final GuardedDnsResolver.Lookup lookup;
    private final Harvester harvester;

    HttpHarvest() {
        this(FAST);
    }

    HttpHarvest(FetchSettings settings) {
        this(settings, java.net.InetAddress::getAllByName);
    }

    /** With {@code lookup} as the fetcher's name service. */
    HttpHarvest(FetchSettings settings, GuardedDnsResolver.Lookup lookup) {
        this.settings = settings;
        this.lookup = lookup;
        harvester = newHarvester();
    }

    /** A harvester as after a restart: new, with nothing in memory, over the same (counting) store. */
    Harvester newHarvester() {
        return new Harvester(new CountingStore(store, writes), SourceReaders.standard(),
                new SourceOpener(false, new HttpFetcher(settings, lookup)), Clock.systemUTC());
    }

    HarvestReport harvest(HarvestSource source) {
        return harvester.harvest(source);
    }

    HarvestReport harvest(HarvestSource source, FetchState previous) {
        return harvester.harvest(source, previous);
    }

    /** How many transactions have written to the store. */
    int writes() {
        return writes.get();
    }

    Graph graph(HarvestSource source) {
        return store.readGraph(source.graphName());
    }

    /**
     * Harvests {@code source} served by {@code good}, then served by {@code bad}: the second run
     * must fail and leave the first run's graph as it was. Returns the failed run's report; the
     * server's request log then holds only the failed run's requests.
     */
    HarvestReport failsAfterGoodHarvest(HarvestSource source, HttpHandler good, HttpHandler bad) {
        String path = source.location().getPath();
        server.route(path, good);
        HarvestReport first = harvest(source);
        assertThat(first.succeeded()).as("%s", first.issues()).isTrue();
        Graph before = graph(source);
        server.route(path, bad);
        server.requests.clear();

        HarvestReport report = harvest(source);

        assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.FAILED);
        assertThat(graph(source).isIsomorphicWith(before)).as("the previous harvest is kept").isTrue();
        return report;
    }

    static byte[] resource(String name) {
        try (InputStream in = HttpHarvest.class.getResourceAsStream("/no/varcat/harvest/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /** The real store, counting the transactions that write. */
    private record CountingStore(CatalogStore store, AtomicInteger writes) implements CatalogStore {

        @Override
        public void apply(List<GraphChange> changes) {
            writes.incrementAndGet();
            store.apply(changes);
        }

        @Override
        public Graph readGraph(String graphName) {
            return store.readGraph(graphName);
        }

        @Override
        public Set<String> graphNames() {
            return store.graphNames();
        }

        @Override
        public QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits) {
            return store.query(query, visible, limits);
        }

        @Override
        public void select(String sparql, Consumer<QuerySolution> row) {
            store.select(sparql, row);
        }

        @Override
        public Model construct(String sparql) {
            return store.construct(sparql);
        }

        @Override
        public boolean ask(String sparql) {
            return store.ask(sparql);
        }

        @Override
        public void close() {
            // The fixture closes the real store.
        }
    }
}
