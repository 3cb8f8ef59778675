package no.varcat.catalog.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Tdb2CatalogStore;

class StoreBackupTest {

    private static final String SOURCE = "https://test.varcat.no/source/a";

    @TempDir
    Path dir;

    @Test
    void aRestoredStoreHoldsTheSameQuadsWithoutTheIndexCursor() {
        Set<Quad> before;
        BackupManifest manifest;
        try (Tdb2CatalogStore store = filledStore(dir.resolve("data/tdb2"))) {
            before = quads(store);
            manifest = BackupFiles.write(dir.resolve("backup"), BackupFiles.of(store), Clock.systemUTC());
        }
        assertThat(manifest.quads()).isEqualTo(before.size());
        assertThat(dir.resolve("backup")).isDirectoryContaining(p -> p.getFileName().toString().equals(BackupFiles.QUADS));

        StoreRestore.restore(dir.resolve("backup"), dir.resolve("restored/tdb2"));

        try (Tdb2CatalogStore restored = Tdb2CatalogStore.open(dir.resolve("restored/tdb2"))) {
            Set<Quad> expected = new HashSet<>(before);
            expected.removeIf(q -> q.getGraph().getURI().equals(IndexCursor.GRAPH));
            assertThat(quads(restored)).isEqualTo(expected);
            // The cursor spoke of the index as it was at the backup: without it the next start compares the whole store.
            assertThat(new IndexCursor(restored).position()).isEmpty();
        }
        assertThat(dir.resolve("restored/tdb2.restoring")).doesNotExist();
    }

    @Test
    void aRestoreNeverWritesIntoAStoreThatHoldsAnything() throws IOException {
        try (Tdb2CatalogStore store = filledStore(dir.resolve("data/tdb2"))) {
            BackupFiles.write(dir.resolve("backup"), BackupFiles.of(store), Clock.systemUTC());
        }
        Files.createDirectories(dir.resolve("other/tdb2"));
        Files.writeString(dir.resolve("other/tdb2/something"), "x");

        assertThatThrownBy(() -> StoreRestore.restore(dir.resolve("backup"), dir.resolve("other/tdb2")))
                .isInstanceOf(BackupException.class).hasMessageContaining("already holds a store").hasMessageContaining("empty data directory");
        assertThat(dir.resolve("other/tdb2")).isDirectoryContaining(p -> p.getFileName().toString().equals("something"));
    }

    @Test
    void aBackupIsNeverWrittenOverAnother() throws IOException {
        try (Tdb2CatalogStore store = filledStore(dir.resolve("data/tdb2"))) {
            BackupFiles.write(dir.resolve("backup"), BackupFiles.of(store), Clock.systemUTC());
            byte[] first = Files.readAllBytes(dir.resolve("backup").resolve(BackupFiles.QUADS));
            assertThatThrownBy(() -> BackupFiles.write(dir.resolve("backup"), BackupFiles.of(store), Clock.systemUTC()))
                    .isInstanceOf(BackupException.class).hasMessageContaining("is not empty");
            assertThat(dir.resolve("backup").resolve(BackupFiles.QUADS)).hasBinaryContent(first);
        }
    }

    @Test
    void aBackupCutShortHasNoManifestAndIsNotRestored() {
        byte[] whole = gzippedQuads();
        // As a connection dropped half-way through the download would leave it.
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> BackupFiles.write(dir.resolve("backup"), out -> new ByteArrayInputStream(half).transferTo(out),
                Clock.systemUTC())).isInstanceOf(BackupException.class).hasMessageContaining("not usable");
        assertThat(dir.resolve("backup/" + BackupManifest.FILE)).doesNotExist();

        assertThatThrownBy(() -> StoreRestore.restore(dir.resolve("backup"), dir.resolve("restored/tdb2")))
                .isInstanceOf(BackupException.class).hasMessageContaining("no finished varcat backup");
        assertThat(dir.resolve("restored/tdb2")).doesNotExist();
    }

    @Test
    void aDamagedBackupFileIsRefusedAndLeavesNoStore() throws IOException {
        try (Tdb2CatalogStore store = filledStore(dir.resolve("data/tdb2"))) {
            BackupFiles.write(dir.resolve("backup"), BackupFiles.of(store), Clock.systemUTC());
        }
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("backup").resolve(BackupFiles.QUADS).toFile(), "rw")) {
            file.seek(file.length() - 5);
            file.write(new byte[] {1, 2, 3});
        }
        assertThatThrownBy(() -> StoreRestore.restore(dir.resolve("backup"), dir.resolve("restored/tdb2")))
                .isInstanceOf(BackupException.class);
        assertThat(dir.resolve("restored/tdb2")).doesNotExist();
        assertThat(dir.resolve("restored/tdb2.restoring")).doesNotExist();
    }

    /** A store other than TDB2 backs up through its SELECT: the same quads as TDB2's own index scan. */
    @Test
    void anyStoreWritesTheSameQuadsThroughItsSelect() {
        try (Tdb2CatalogStore store = filledStore(dir.resolve("data/tdb2"))) {
            CatalogStore other = new CatalogStore() {
                @Override
                public void apply(java.util.List<no.varcat.catalog.store.GraphChange> changes) {
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
                public void select(String sparql, java.util.function.Consumer<org.apache.jena.query.QuerySolution> row) {
                    store.select(sparql, row);
                }

                @Override
                public org.apache.jena.rdf.model.Model construct(String sparql) {
                    return store.construct(sparql);
                }

                @Override
                public boolean ask(String sparql) {
                    return store.ask(sparql);
                }

                @Override
                public no.varcat.catalog.store.QueryAnswer query(org.apache.jena.query.Query query,
                        java.util.function.Predicate<String> visible, no.varcat.catalog.store.QueryLimits limits) {
                    return store.query(query, visible, limits);
                }

                @Override
                public void close() {
                }
            };
            assertThat(quads(other)).isEqualTo(quads(store)).isNotEmpty();
        }
    }

    private byte[] gzippedQuads() {
        try (Tdb2CatalogStore store = filledStore(dir.resolve("source/tdb2"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupFiles.of(store).writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Tdb2CatalogStore filledStore(Path tdb2) {
        Tdb2CatalogStore store = Tdb2CatalogStore.open(tdb2);
        store.replaceGraph(SOURCE, TestFixtures.birthRegister());
        Graph other = GraphFactory.createDefaultGraph();
        other.add(Triple.create(NodeFactory.createURI("https://test.varcat.no/x"), NodeFactory.createURI("https://test.varcat.no/p"),
                NodeFactory.createLiteralLang("blåbær «ø»", "nb")));
        store.replaceGraph("urn:varcat:other", other);
        new IndexCursor(store).moveTo(7);
        return store;
    }

    private static Set<Quad> quads(CatalogStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.writeNQuads(out);
        Set<Quad> quads = new HashSet<>();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        });
        return quads;
    }
}
