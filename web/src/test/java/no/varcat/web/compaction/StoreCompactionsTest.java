package no.varcat.web.compaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.web.system.VarcatProperties;

/** The growth rule on a real TDB2 store in a directory: it compacts once the files have grown past it, and only then. */
class StoreCompactionsTest {

    private static final String GRAPH = "urn:varcat:source:compaction-test";

    @TempDir
    Path dir;

    @Test
    void compactsByItselfOnceTheFilesHaveGrownPastTheFactorOfTheirFirstSize() throws Exception {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            StoreCompactions compactions = compactions(store, true, 1.2, 1.2);
            store.replaceGraph(GRAPH, triples(0));
            compactions.afterRun(false);
            long first = store.bytesOnDisk().orElseThrow();
            assertThat(compactions.going()).isEmpty();
            assertThat(compactions.last()).isEmpty();

            int run = 1;
            while (store.bytesOnDisk().orElseThrow() <= 1.2 * first) {
                store.replaceGraph(GRAPH, triples(run++));
                if (store.bytesOnDisk().orElseThrow() <= 1.2 * first) {
                    compactions.afterRun(false);
                    assertThat(compactions.going()).as("below the factor: nothing to do").isEmpty();
                }
            }
            compactions.afterRun(false);

            StoreCompactions.Compaction done = awaitEnd(compactions);
            assertThat(done.succeeded()).as("%s", done.error()).isTrue();
            assertThat(done.reason()).contains("grew to");
            assertThat(done.bytesAfter()).isLessThan(done.bytesBefore());
            assertThat(store.readGraph(GRAPH).contains(triple(run - 1, 0))).isTrue();
        }
    }

    @Test
    void leavesTheStoreAloneWhenAutoCompactionIsOff() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            StoreCompactions compactions = compactions(store, false, 1.01, 1.01);
            compactions.afterRun(false);
            for (int run = 0; run < 4; run++) {
                store.replaceGraph(GRAPH, triples(run));
            }
            compactions.afterRun(false);
            assertThat(compactions.going()).isEmpty();
            assertThat(compactions.last()).isEmpty();
        }
    }

    @Test
    void whileHarvestsGoOnItWaitsForTheirPauseUntilTheBusyFactor() throws Exception {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            StoreCompactions compactions = compactions(store, true, 1.2, 1000);
            store.replaceGraph(GRAPH, triples(0));
            compactions.afterRun(false);
            growPast(store, 1.2 * store.bytesOnDisk().orElseThrow());

            compactions.afterRun(true);
            assertThat(compactions.going()).as("harvests go on: it waits").isEmpty();
            compactions.afterRun(false);

            StoreCompactions.Compaction done = awaitEnd(compactions);
            assertThat(done.succeeded()).as("%s", done.error()).isTrue();
            assertThat(done.reason()).doesNotContain("while harvests went on");
        }
    }

    @Test
    void whileHarvestsGoOnItCompactsPastTheBusyFactor() throws Exception {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            StoreCompactions compactions = compactions(store, true, 1.1, 1.3);
            store.replaceGraph(GRAPH, triples(0));
            compactions.afterRun(true);
            long first = store.bytesOnDisk().orElseThrow();
            growPast(store, 1.1 * first);
            if (store.bytesOnDisk().orElseThrow() <= 1.3 * first) {
                compactions.afterRun(true);
                assertThat(compactions.going()).as("past 1.1 but not 1.3 times while harvests go on").isEmpty();
            }
            growPast(store, 1.3 * first);
            compactions.afterRun(true);

            assertThat(awaitEnd(compactions).reason()).contains("while harvests went on");
        }
    }

    @Test
    void whileHarvestsGoOnADiskWithLessRoomThanTheFilesTakeDoesNotWait() throws Exception {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            StoreCompactions compactions = new StoreCompactions(store, settings(true, 1.2, 1000), Clock.systemUTC(),
                    () -> OptionalLong.of(1));
            store.replaceGraph(GRAPH, triples(0));
            compactions.afterRun(true);
            growPast(store, 1.2 * store.bytesOnDisk().orElseThrow());
            compactions.afterRun(true);

            assertThat(awaitEnd(compactions).reason()).contains("the disk has 1 bytes left");
        }
    }

    /** Compacts past {@code growth} times the last size, or past {@code busyGrowth} while harvests go on; above any size. */
    private static StoreCompactions compactions(Tdb2CatalogStore store, boolean auto, double growth, double busyGrowth) {
        return new StoreCompactions(store, settings(auto, growth, busyGrowth), Clock.systemUTC());
    }

    private static VarcatProperties.Store settings(boolean auto, double growth, double busyGrowth) {
        return new VarcatProperties.Store(auto, growth, DataSize.ofBytes(1), busyGrowth);
    }

    /** Writes the graph again and again until the store's files take more than {@code bytes}. */
    private static void growPast(Tdb2CatalogStore store, double bytes) {
        for (int run = 1; store.bytesOnDisk().orElseThrow() <= bytes; run++) {
            store.replaceGraph(GRAPH, triples(run));
        }
    }

    private static StoreCompactions.Compaction awaitEnd(StoreCompactions compactions) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (compactions.last().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertThat(compactions.last()).as("a compaction ended").isPresent();
        return compactions.last().orElseThrow();
    }

    private static Graph triples(int run) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 20_000; i++) {
            g.add(triple(run, i));
        }
        return g;
    }

    private static Triple triple(int run, int i) {
        return Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p" + i % 7),
                NodeFactory.createLiteralString("value " + i + " of run " + run));
    }
}
