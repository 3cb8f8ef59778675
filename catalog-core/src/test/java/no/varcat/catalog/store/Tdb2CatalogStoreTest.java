package no.varcat.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.TestFixtures;

class Tdb2CatalogStoreTest {

    private static final String SOURCE_A = "https://test.varcat.no/source/a";
    private static final String SOURCE_B = "https://test.varcat.no/source/b";

    @TempDir
    Path dir;

    @Test
    void replacingAGraphKeepsOtherSourcesAndSurvivesReopening() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            store.replaceGraph(SOURCE_A, TestFixtures.birthRegister());
            store.replaceGraph(SOURCE_B, oneTriple("b"));
            store.replaceGraph(SOURCE_B, oneTriple("b2"));
        }
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            assertThat(store.graphNames()).containsExactlyInAnyOrder(SOURCE_A, SOURCE_B);
            assertThat(store.readGraph(SOURCE_B).size()).isEqualTo(1);
            assertThat(store.readGraph(SOURCE_B).contains(triple("b2"))).isTrue();
            assertThat(store.readGraph(SOURCE_A).isIsomorphicWith(TestFixtures.birthRegister())).isTrue();
        }
    }

    @Test
    void changesApplyTogetherOrNotAtAll() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            store.apply(List.of(new GraphChange.Replace(SOURCE_A, oneTriple("a")), new GraphChange.Add(SOURCE_B, oneTriple("b"))));
            store.apply(List.of(new GraphChange.Add(SOURCE_B, oneTriple("b2"))));
            assertThat(store.readGraph(SOURCE_B).size()).isEqualTo(2);

            // The second change fails while the transaction is open: the first must not have happened.
            Graph failing = new org.apache.jena.sparql.graph.GraphWrapper(oneTriple("x")) {
                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<Triple> find() {
                    throw new IllegalStateException("disk full");
                }
            };
            assertThatThrownBy(() -> store.apply(List.of(new GraphChange.Replace(SOURCE_A, oneTriple("a2")),
                    new GraphChange.Add(SOURCE_B, failing)))).hasMessageContaining("disk full");

            assertThat(store.readGraph(SOURCE_A).contains(triple("a"))).isTrue();
            assertThat(store.readGraph(SOURCE_A).contains(triple("a2"))).isFalse();
            assertThat(store.readGraph(SOURCE_B).size()).isEqualTo(2);
        }
    }

    @Test
    void queriesSeeTheUnionOfAllSourceGraphs() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            store.replaceGraph(SOURCE_A, oneTriple("a"));
            store.replaceGraph(SOURCE_B, oneTriple("b"));
            List<String> objects = new ArrayList<>();
            store.select("SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o", row -> objects.add(row.getResource("o").getURI()));
            assertThat(objects).containsExactly("urn:a", "urn:b");
            assertThat(store.ask("ASK { <urn:s> <urn:p> <urn:a> }")).isTrue();
            assertThat(store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").size()).isEqualTo(2);
        }
    }

    @Test
    void aPatchTakesOutTheTriplesItsPatternsMatchAndKeepsTheRest() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            Graph two = oneTriple("a");
            two.add(Triple.create(NodeFactory.createURI("urn:t"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:b")));
            two.add(Triple.create(NodeFactory.createURI("urn:t"), NodeFactory.createURI("urn:q"), NodeFactory.createURI("urn:c")));
            store.replaceGraph(SOURCE_A, two);

            store.apply(List.of(new GraphChange.Patch(SOURCE_A,
                    List.of(Triple.create(NodeFactory.createURI("urn:t"), Node.ANY, Node.ANY)), oneTriple("a2"))));

            assertThat(store.readGraph(SOURCE_A).find().toList()).containsExactlyInAnyOrder(triple("a"), triple("a2"));
        }
    }

    @Test
    void compactionGivesBackTheSpaceOfReplacedDataAndKeepsTheDataWritableAndThereAfterARestart() throws IOException {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            store.replaceGraph(SOURCE_A, TestFixtures.birthRegister());
            // Every transaction writes its changed blocks anew and keeps the old ones: the files grow
            // (beyond the 8 MB TDB2 gives each file at once).
            for (int run = 0; run < 10; run++) {
                store.replaceGraph(SOURCE_B, run % 2 == 0 ? manyTriples(run, 20_000) : oneTriple("b" + run));
            }
            long grown = store.bytesOnDisk().orElseThrow();

            CatalogStore.Compacted compacted = store.compact().orElseThrow();

            assertThat(compacted.bytesBefore()).isEqualTo(grown);
            // TDB2 gives each of its files 8 MB at once: what an empty store takes is the floor.
            long floor;
            try (Tdb2CatalogStore empty = Tdb2CatalogStore.open(dir.resolve("empty"))) {
                floor = empty.bytesOnDisk().orElseThrow();
            }
            assertThat(grown - floor).isGreaterThan(40_000_000);
            assertThat(compacted.bytesAfter() - floor).isLessThan((grown - floor) / 4);
            assertThat(compacted.bytesAfter()).isEqualTo(store.bytesOnDisk().orElseThrow());
            assertThat(Files.list(dir.resolve("tdb2")).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")))
                    .as("the old generation is deleted").containsExactly("Data-0002");
            assertThat(store.readGraph(SOURCE_A).isIsomorphicWith(TestFixtures.birthRegister())).isTrue();
            assertThat(store.readGraph(SOURCE_B).contains(triple("b9"))).isTrue();
            store.replaceGraph(SOURCE_B, oneTriple("after"));
        }
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir.resolve("tdb2"))) {
            assertThat(store.readGraph(SOURCE_B).contains(triple("after"))).isTrue();
            assertThat(store.readGraph(SOURCE_A).isIsomorphicWith(TestFixtures.birthRegister())).isTrue();
        }
    }

    @Test
    void aStoreInMemoryHasNothingOnDiskAndNothingToCompact() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            assertThat(store.bytesOnDisk()).isEmpty();
            assertThat(store.compact()).isEmpty();
        }
    }

    private static Graph manyTriples(int run, int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p" + i % 7),
                    NodeFactory.createLiteralString("value " + i + " of run " + run)));
        }
        return g;
    }

    @Test
    void aDirectoryThatCannotBeCreatedGivesAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> Tdb2CatalogStore.open(file.resolve("tdb2")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Cannot create the store directory")
                .hasMessageContaining("varcat.data-dir");
    }

    private static Graph oneTriple(String object) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(triple(object));
        return g;
    }

    private static Triple triple(String object) {
        return Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:" + object));
    }
}
