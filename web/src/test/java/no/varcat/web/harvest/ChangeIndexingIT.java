package no.varcat.web.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.apache.http.util.EntityUtils;
import org.apache.jena.sparql.graph.GraphFactory;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.AliasedIndex;
import no.varcat.catalog.search.ChangeIndexing;
import no.varcat.catalog.search.ChangesIndexed;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.search.IndexDefinition;
import no.varcat.catalog.search.IndexedDocument;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.SearchEndpoint;
import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.store.CountingStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search index follows the change log: after a harvest, exactly the variables it changed are
 * sent to Elasticsearch (counted by Elasticsearch itself, in a catalog of over a thousand), a removed
 * variable leaves the search, and a harvest whose indexing failed is caught up at the next sync.
 * Uses the shared context's store, harvester and indices; a real HTTP server serves the source.
 */
@VarcatIntegrationTest
class ChangeIndexingIT {

    private static final String ID = "change-indexing-it";
    private static final String COVERAGE_ID = "change-indexing-it-coverage";
    private static final String BASE = OutboxSources.BASE;

    @Autowired
    Harvester harvester;

    @Autowired
    IndexSync indexSync;

    @Autowired
    CatalogStore store;

    @Autowired
    SearchConnection connection;

    @Autowired
    VariableIndexer variableIndexer;

    @Autowired
    RegisterIndexer registerIndexer;

    @Autowired
    VariableRepository variables;

    @Autowired
    RegisterRepository registers;

    @Autowired
    RegisterFactsRepository registerFacts;

    @Autowired
    SourceRegistry registry;

    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private HttpServer server;
    private HarvestSource source;

    @BeforeEach
    void startServer() throws IOException {
        removeHarvested();
        indexSync.syncAll();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = served.get(exchange.getRequestURI().getPath());
                exchange.getResponseHeaders().set("Content-Type", "text/turtle");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        source = new HarvestSource(ID, URI.create(url("/register.ttl")), "turtle", "Outbox-testregister");
    }

    @AfterEach
    void stopServerAndRemoveTheSource() {
        server.stop(0);
        registry.delete(ID);
        registry.delete(COVERAGE_ID);
        removeHarvested();
        indexSync.syncAll();
    }

    @Test
    void aHarvestSendsOnlyTheVariablesItChangedAndARemovedVariableLeavesTheSearch() throws IOException {
        harvest(OutboxSources.register("Alder", "A1", "A2", "A3", "A4", "A5"));
        indexSync.afterHarvest(source);
        for (String v : List.of("A1", "A2", "A3", "A4", "A5")) {
            assertThat(label(v)).isEqualTo("Alder " + v);
        }
        assertThat(variables.findAll().size()).isGreaterThan(1000);
        long indexedBefore = stat(variableIndexer.index(), "index_total");
        long deletedBefore = stat(variableIndexer.index(), "delete_total");
        long registersBefore = stat(registerIndexer.index(), "index_total");

        // A1 gets a new label, A5 goes; A2..A4 are as they were.
        harvest(OutboxSources.register("Alder", "A2", "A3", "A4").replace("\"Alder A2\"", "\"Alder A2\"@nb .\n<" + BASE + "A1> a disco:Variable, "
                + "skos:Concept ; skos:notation \"A1\" ; skos:prefLabel \"Ny alder A1\"").replace("disco:variable <", "disco:variable <" + BASE + "A1> , <"));
        indexSync.afterHarvest(source);

        assertThat(stat(variableIndexer.index(), "index_total") - indexedBefore).isEqualTo(1);
        assertThat(stat(variableIndexer.index(), "delete_total") - deletedBefore).isEqualTo(1);
        // Its variable count changed: the register's own document, not its variables.
        assertThat(stat(registerIndexer.index(), "index_total") - registersBefore).isEqualTo(1);
        assertThat(label("A1")).isEqualTo("Ny alder A1");
        assertThat(label("A5")).isNull();
        assertThat(label("A2")).isEqualTo("Alder A2");
    }

    @Test
    void aRegisterChangedInTheRangeIsWrittenWithItsVariablesOnceAndThePagesOfTheLogSkipThem() throws IOException {
        // The register's entry comes first, so the log's first page holds it and 999 of its variables, a second page the rest.
        String[] names = IntStream.range(0, 1500).mapToObj(i -> "P" + i).toArray(String[]::new);
        harvest(OutboxSources.register("Side", names));
        long indexedBefore = stat(variableIndexer.index(), "index_total");

        indexSync.afterHarvest(source);

        // Each variable once: written with its register, not again by the second page.
        assertThat(stat(variableIndexer.index(), "index_total") - indexedBefore).isEqualTo(names.length);
        assertThat(label("P0")).isEqualTo("Side P0");
        assertThat(label("P1499")).isEqualTo("Side P1499");
    }

    @Test
    void aHarvestWhoseIndexingFailedIsCaughtUpAtTheNextSync() throws IOException {
        harvest(OutboxSources.register("Alder", "A1", "A2"));
        indexSync.afterHarvest(source);
        IndexCursor cursor = new IndexCursor(store);
        long indexed = cursor.position().orElseThrow();

        // Committed to the store; Elasticsearch is unreachable when the change is to be indexed.
        harvest(OutboxSources.register("Vekt", "A1"));
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SearchConnection unreachable = SearchConnection.open(SearchEndpoint.unauthenticated(
                        URI.create("http://127.0.0.1:" + port(closed))))) {
            ChangeIndexing failing = new ChangeIndexing(new ChangeLog(store), cursor, variables, registers, registerFacts,
                    new VariableIndexer(unreachable, new AliasedIndex(unreachable, IndexDefinition.variables(List.of()))),
                    new RegisterIndexer(unreachable, new AliasedIndex(unreachable, IndexDefinition.registers(List.of()))));
            assertThatThrownBy(() -> failing.catchUp(Set.of())).isInstanceOf(SearchUnavailableException.class);
        }
        assertThat(cursor.position()).hasValue(indexed);
        assertThat(label("A1")).isEqualTo("Alder A1");

        // A later harvest that is not stored (the store was not changed by it) leaves nothing to do;
        // the start's catch-up, or the next harvest's, takes in what was left behind.
        indexSync.catchUpAfter(List.of());

        assertThat(cursor.position().orElseThrow()).isEqualTo(new ChangeLog(store).lastSequence());
        assertThat(label("A1")).isEqualTo("Vekt A1");
        assertThat(label("A2")).isNull();

        // A store from before the log drove the index has no cursor: the whole store is compared once.
        cursor.clear();
        indexSync.catchUp();
        assertThat(cursor.position()).hasValue(new ChangeLog(store).lastSequence());
    }

    @Test
    void aDeletedSourceLeavesTheSearchAndTheRatesItGaveLeaveItsRegistersVariables() throws IOException {
        HarvestSource coverage = new HarvestSource(COVERAGE_ID, URI.create(url("/coverage.ttl")), "turtle", "Dekningsgrad");
        registry.save(new RegisteredSource(source, null, null));
        registry.save(new RegisteredSource(coverage, null, null));
        harvest(OutboxSources.register("Alder", "A1", "A2"));
        indexSync.afterHarvest(source);
        serveCoverage("0.97");
        assertThat(harvester.harvest(coverage).succeeded()).isTrue();
        indexSync.afterHarvest(coverage);
        assertThat(field("A1", "coverageRate")).isEqualTo("0.97");

        indexSync.beforeDeletion(COVERAGE_ID);
        assertThat(registry.delete(COVERAGE_ID)).isTrue();
        indexSync.catchUp();
        assertThat(field("A1", "coverageRate")).isNull();

        indexSync.beforeDeletion(ID);
        assertThat(registry.delete(ID)).isTrue();
        indexSync.catchUp();
        assertThat(label("A1")).isNull();
        assertThat(label("A2")).isNull();
    }

    @Test
    void aSourceOfCoverageRatesReindexesTheVariablesOfTheRegistersItGivesRatesForAfterAnOutageToo() throws IOException {
        harvest(OutboxSources.register("Alder", "A1", "A2"));
        indexSync.afterHarvest(source);
        assertThat(field("A1", "coverageRate")).isNull();
        long logEnd = new ChangeLog(store).lastSequence();

        HarvestSource coverage = new HarvestSource(COVERAGE_ID, URI.create(url("/coverage.ttl")), "turtle", "Dekningsgrad");
        serveCoverage("0.97");
        assertThat(harvester.harvest(coverage).succeeded()).isTrue();
        indexSync.afterHarvest(coverage);

        // Nothing in the log: the register's rates are no logged change, yet its variables carry them.
        assertThat(new ChangeLog(store).lastSequence()).isEqualTo(logEnd);
        assertThat(field("A1", "coverageRate")).isEqualTo("0.97");
        assertThat(field("A2", "coverageYear")).isEqualTo("2024");

        // New rates while Elasticsearch is unreachable: the register waits in the store for the next sync.
        serveCoverage("0.85");
        assertThat(harvester.harvest(coverage).succeeded()).isTrue();
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SearchConnection unreachable = SearchConnection.open(SearchEndpoint.unauthenticated(
                        URI.create("http://127.0.0.1:" + port(closed))))) {
            IndexSync failing = new IndexSync(variables, registerFacts,
                    new VariableIndexer(unreachable, new AliasedIndex(unreachable, IndexDefinition.variables(List.of()))), registers,
                    new RegisterIndexer(unreachable, new AliasedIndex(unreachable, IndexDefinition.registers(List.of()))), store);
            assertThatThrownBy(() -> failing.afterHarvest(coverage)).isInstanceOf(SearchUnavailableException.class);
        }
        assertThat(new IndexCursor(store).pending()).containsExactly(BASE + "register");
        assertThat(field("A1", "coverageRate")).isEqualTo("0.97");

        indexSync.catchUpAfter(List.of());

        assertThat(field("A1", "coverageRate")).isEqualTo("0.85");
        assertThat(new IndexCursor(store).pending()).isEmpty();

        // The source's next version gives a rate for a variable only: the register's rate leaves its variables.
        serveCoverage(BASE + "A2", "0.50");
        assertThat(harvester.harvest(coverage).succeeded()).isTrue();
        indexSync.afterHarvest(coverage);
        assertThat(field("A1", "coverageRate")).isNull();
    }

    @Test
    void registerFactsAreSetInTheVariablesDocumentsWithoutReadingOrSendingTheVariables() throws IOException {
        String[] names = IntStream.range(0, 600).mapToObj(i -> "F" + i).toArray(String[]::new);
        harvest(OutboxSources.register("Fakta", names));
        indexSync.afterHarvest(source);
        HarvestSource coverage = new HarvestSource(COVERAGE_ID, URI.create(url("/coverage.ttl")), "turtle", "Dekningsgrad");
        serveCoverage("0.97");
        assertThat(harvester.harvest(coverage).succeeded()).isTrue();
        IndexCursor cursor = new IndexCursor(store);
        assertThat(cursor.pending()).containsExactly(BASE + "register");
        CountingStore counting = CountingStore.over(store);
        ChangeIndexing indexing = new ChangeIndexing(new ChangeLog(store), cursor, new VariableRepository(counting), registers,
                registerFacts, variableIndexer, registerIndexer);

        ChangesIndexed done = indexing.catchUp(cursor.pending()).orElseThrow();

        // More variables than a batch, and not one read from the store: a partial update of the facts each.
        assertThat(counting.queriesSinceLast()).isZero();
        assertThat(done).extracting(ChangesIndexed::variablesWritten, ChangesIndexed::variablesUpdated, ChangesIndexed::registersWritten)
                .containsExactly(0, 600L, 1);
        for (String name : List.of("F0", "F599")) {
            assertThat(field(name, "coverageRate")).isEqualTo("0.97");
            assertThat(field(name, "coverageYear")).isEqualTo("2024");
            assertThat(field(name, "labelNb")).isEqualTo("Fakta " + name);
        }
        // The documents are as a whole write would make them: a comparison of the whole store finds nothing to do.
        assertThat(variableIndexer.sync(variables.findAll(), registerFacts.findAll()).any()).isFalse();

        // The same facts again: Elasticsearch leaves the documents as they are.
        long indexedBefore = stat(variableIndexer.index(), "index_total");
        assertThat(indexing.catchUp(Set.of(BASE + "register")).orElseThrow().variablesUpdated()).isZero();
        assertThat(stat(variableIndexer.index(), "index_total")).isEqualTo(indexedBefore);
    }

    /**
     * Two harvests ending at once: the second does not wait for the first one's catch-up (here held
     * at IndexSync's monitor) but leaves its changes to it, and they are searchable when it is done.
     */
    @Test
    void aHarvestEndingWhileAnotherCatchesUpLeavesItsChangesToThatCatchUpInsteadOfWaiting() throws Exception {
        harvest(OutboxSources.register("Alder", "A1"));
        Thread first;
        synchronized (indexSync) {
            first = new Thread(() -> indexSync.afterHarvest(source), "first-harvest");
            first.start();
            for (int i = 0; i < 600 && first.getState() != Thread.State.BLOCKED; i++) {
                Thread.sleep(50);
            }
            assertThat(first.getState()).as("the first harvest's catch-up waits for the monitor").isEqualTo(Thread.State.BLOCKED);

            harvest(OutboxSources.register("Vekt", "A1", "A2"));
            Thread second = new Thread(() -> indexSync.afterHarvest(source), "second-harvest");
            second.start();
            second.join(30_000);
            assertThat(second.isAlive()).as("the second harvest went on while the first one's catch-up waited").isFalse();
        }
        first.join(120_000);
        assertThat(first.isAlive()).isFalse();

        assertThat(label("A1")).isEqualTo("Vekt A1");
        assertThat(label("A2")).isEqualTo("Vekt A2");
        assertThat(new IndexCursor(store).position()).hasValue(new ChangeLog(store).lastSequence());
    }

    private void serveCoverage(String rate) {
        serveCoverage(BASE + "register", rate);
    }

    private void serveCoverage(String on, String rate) {
        served.put("/coverage.ttl", OutboxSources.coverage(on, rate).getBytes(StandardCharsets.UTF_8));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void harvest(String turtle) {
        served.put("/register.ttl", turtle.getBytes(StandardCharsets.UTF_8));
        HarvestReport report = harvester.harvest(source);
        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
    }

    /** The variable's Norwegian label as its document in the index has it; null when there is no document. */
    private String label(String name) throws IOException {
        return field(name, "labelNb");
    }

    /** A field of the variable's document in the index, as text; null when there is no document or no such field. */
    private String field(String name, String field) throws IOException {
        try {
            var response = connection.lowLevel().performRequest(new Request("GET", "/" + variableIndexer.index().alias()
                    + "/_doc/" + IndexedDocument.idFor(BASE + name)));
            JsonNode body = JsonMapper.builder().build().readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
            JsonNode value = body.path("_source").path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** A counter of the index's primary shards as Elasticsearch keeps it: what was really sent. */
    private long stat(AliasedIndex index, String counter) throws IOException {
        var response = connection.lowLevel().performRequest(new Request("GET", "/" + index.alias() + "/_stats/indexing"));
        JsonNode body = JsonMapper.builder().build().readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        return body.path("_all").path("primaries").path("indexing").path(counter).asLong();
    }

    private static int port(ServerSocket closed) throws IOException {
        int port = closed.getLocalPort();
        closed.close();
        return port;
    }

    private void removeHarvested() {
        List<GraphChange> changes = new ArrayList<>();
        for (String graph : store.graphNames()) {
            if (graph.endsWith(":" + ID) || graph.endsWith(":" + COVERAGE_ID)) {
                changes.add(new GraphChange.Replace(graph, GraphFactory.createDefaultGraph()));
            }
        }
        if (!changes.isEmpty()) {
            store.apply(changes);
        }
    }
}
