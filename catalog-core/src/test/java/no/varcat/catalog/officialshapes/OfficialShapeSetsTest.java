package no.varcat.catalog.officialshapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.QueryAnswer;
import no.varcat.catalog.store.QueryLimits;
import no.varcat.catalog.store.Tdb2CatalogStore;

/** Shape sets kept in the store, compiled per instance and compiled again only when the registry's stamp moves. */
class OfficialShapeSetsTest {

    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            <https://shapes.example/Dataset> a sh:NodeShape ;
                sh:targetClass <http://www.w3.org/ns/dcat#Dataset> ;
                sh:property [ sh:path <http://purl.org/dc/terms/title> ; sh:minCount 1 ] .
            """;

    private final AtomicInteger selects = new AtomicInteger();
    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final ShapeSetRepository repository = new ShapeSetRepository(new CountingStore(store, selects));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSavedSetIsReadBackWithItsFilesAndEveryInstanceCompilesItOnce() {
        assertThat(repository.stamp()).isEmpty();
        OfficialShapeSets one = new OfficialShapeSets(repository);
        OfficialShapeSets other = new OfficialShapeSets(repository);
        assertThat(one.current()).isEmpty();

        repository.save(new ShapeSet("dcat-ap-no-2", "DCAT-AP-NO 2.0", "v1", Instant.parse("2026-12-01T10:00:00Z"),
                List.of(new ShapeFile("shapes.ttl", null, 4), new ShapeFile("more.ttl", "https://example.org/more.ttl", 0))), shapes());

        assertThat(repository.all()).singleElement().satisfies(set -> {
            assertThat(set.label()).isEqualTo("DCAT-AP-NO 2.0");
            assertThat(set.modified()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
            assertThat(set.files()).containsExactly(new ShapeFile("shapes.ttl", null, 4),
                    new ShapeFile("more.ttl", "https://example.org/more.ttl", 0));
        });
        List<CompiledShapeSet> compiled = one.current();
        assertThat(compiled).extracting(c -> c.set().name()).containsExactly("dcat-ap-no-2");
        assertThat(other.current()).as("another instance sees it too").hasSize(1);

        selects.set(0);
        assertThat(one.current()).as("kept while the stamp stands").isSameAs(compiled);
        assertThat(selects.get()).as("one small query to learn so").isEqualTo(1);

        String before = repository.stamp();
        assertThat(repository.delete("dcat-ap-no-2")).isTrue();
        assertThat(repository.stamp()).isNotEqualTo(before);
        assertThat(one.current()).isEmpty();
        assertThat(repository.shapes("dcat-ap-no-2").isEmpty()).isTrue();
        assertThat(repository.delete("dcat-ap-no-2")).isFalse();
    }

    @Test
    void replacingASetKeepsTheOthers() {
        repository.save(new ShapeSet("a", "A", "v1", Instant.EPOCH, List.of(new ShapeFile("a.ttl", null, 4))), shapes());
        repository.save(new ShapeSet("b", "B", "v1", Instant.EPOCH, List.of(new ShapeFile("b.ttl", null, 4))), shapes());

        repository.save(new ShapeSet("a", "A again", "v2", Instant.EPOCH, List.of(new ShapeFile("a2.ttl", null, 4))), shapes());

        assertThat(repository.all()).extracting(ShapeSet::label).containsExactly("A again", "B");
        assertThat(repository.find("a").orElseThrow().files()).extracting(ShapeFile::name).containsExactly("a2.ttl");
    }

    private static Graph shapes() {
        return ShapeTurtle.parse("shapes.ttl", SHAPES.getBytes(StandardCharsets.UTF_8), "https://shapes.invalid/shapes.ttl");
    }

    /** The store, counting the SELECT queries it answers. */
    private record CountingStore(Tdb2CatalogStore store, AtomicInteger selects) implements CatalogStore {

        @Override
        public void select(String sparql, Consumer<QuerySolution> row) {
            selects.incrementAndGet();
            store.select(sparql, row);
        }

        @Override
        public void apply(List<GraphChange> changes) {
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
        public Model construct(String sparql) {
            return store.construct(sparql);
        }

        @Override
        public boolean ask(String sparql) {
            return store.ask(sparql);
        }

        @Override
        public QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits) {
            return store.query(query, visible, limits);
        }

        @Override
        public void close() {
        }
    }
}
