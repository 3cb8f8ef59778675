package no.varcat.harvest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestSource;
import no.varcat.catalog.validation.ProfileValidator;

class SourceRegistryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC);

    private static RegisteredSource kodebok() {
        return new RegisteredSource(new HarvestSource("nkr-kodebok", URI.create("https://register.example.no/kodebok.csv"),
                "codebook-csv", "NKR kodebok", "https://register.example.no/dataset/nkr", "kodebok", null,
                "name=variabel_id;label=ledetekst|visningstekst"),
                "0 0 3 * * *", "NKR_API_KEY");
    }

    private static RegisteredSource turtle(String id) {
        return new RegisteredSource(new HarvestSource(id, URI.create("https://register.example.no/" + id + ".ttl"), "turtle", id),
                null, null);
    }

    @Test
    void aSourceAndAllItsSettingsSurviveAReopenedStore(@TempDir Path dir) {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir)) {
            new SourceRegistry(store, CLOCK).save(kodebok());
        }
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(dir)) {
            assertThat(new SourceRegistry(store, CLOCK).all()).containsExactly(kodebok());
        }
    }

    @Test
    void savingASourceWithTheSameIdReplacesIt() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            registry.save(turtle("b"));
            registry.save(turtle("a"));
            RegisteredSource scheduled = new RegisteredSource(turtle("b").source(), "0 30 2 * * *", null);
            registry.save(scheduled);

            assertThat(registry.all()).extracting(RegisteredSource::id).containsExactly("a", "b");
            assertThat(registry.find("b")).contains(scheduled);
        }
    }

    @Test
    void itTellsWhetherASourceIsFetchedWithAScheme() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            registry.save(turtle("a"));
            assertThat(registry.anyWithScheme("classpath")).isFalse();
            assertThat(registry.anyWithScheme("https")).isTrue();

            registry.save(new RegisteredSource(new HarvestSource("sample", URI.create("classpath:/sample/mfr.ttl"), "turtle", "MFR"),
                    null, null));
            assertThat(registry.anyWithScheme("classpath")).isTrue();
            assertThatThrownBy(() -> registry.anyWithScheme("x\" }")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void manySourcesAreSavedTogetherEachReplacingItsNamesake() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            registry.save(turtle("a"));
            RegisteredSource scheduledA = new RegisteredSource(turtle("a").source(), "0 30 2 * * *", null);

            registry.saveAll(List.of(scheduledA, turtle("b"), turtle("c")));

            assertThat(registry.all()).containsExactly(scheduledA, turtle("b"), turtle("c"));
            assertThatThrownBy(() -> registry.saveAll(List.of(turtle("d"), turtle("d")))).hasMessageContaining("same id");
            assertThat(registry.find("d")).isEmpty();
        }
    }

    @Test
    void theFirstRegistrationHappensOnceEvenIfEverySourceIsDeletedLater() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            assertThat(registry.isInitialised()).isFalse();
            registry.initialise(List.of(turtle("a")));
            registry.delete("a");

            registry.initialise(List.of(turtle("a")));

            assertThat(registry.isInitialised()).isTrue();
            assertThat(registry.all()).isEmpty();
        }
    }

    @Test
    void deletingASourceDropsItsDataButKeepsItsLog() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            registry.save(turtle("a"));
            var data = GraphFactory.createDefaultGraph();
            data.add(Triple.create(NodeFactory.createURI("https://x.example/r"), NodeFactory.createURI("https://x.example/p"),
                    NodeFactory.createLiteralString("v")));
            store.replaceGraph(HarvestSource.graphNameFor("a"), data);
            store.replaceGraph("urn:varcat:harvest-log:a", data);

            assertThat(registry.delete("a")).isTrue();
            assertThat(registry.delete("a")).isFalse();

            assertThat(store.graphNames()).doesNotContain(HarvestSource.graphNameFor("a")).contains("urn:varcat:harvest-log:a");
        }
    }

    @Test
    void deletingASourceLogsItsRegistersAndVariablesAsRemoved() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            SourceRegistry registry = new SourceRegistry(store, CLOCK);
            registry.save(turtle("a"));
            var data = GraphFactory.createDefaultGraph();
            RDFParser.fromString("""
                    <https://x.example/r> a <http://www.w3.org/ns/dcat#Dataset> ;
                        <http://purl.org/dc/terms/title> "Register"@nb ;
                        <http://rdf-vocabulary.ddialliance.org/discovery#variable> <https://x.example/r/variable/V> .
                    <https://x.example/r/variable/V> a <http://rdf-vocabulary.ddialliance.org/discovery#Variable> ;
                        <http://www.w3.org/2004/02/skos/core#prefLabel> "Vekt"@nb .
                    """, Lang.TURTLE).parse(data);
            store.replaceGraph(HarvestSource.graphNameFor("a"), data);

            registry.delete("a");

            ChangeLog log = new ChangeLog(store);
            assertThat(log.range(1, 2, ChangeFilter.ALL)).extracting(c -> c.change().type() + " " + c.change().resource() + " " + c.change().label().in("nb"))
                    .containsExactly("REMOVED https://x.example/r/variable/V Vekt", "REMOVED https://x.example/r Register");
            assertThat(log.range(1, 2, ChangeFilter.ALL)).allSatisfy(c -> {
                assertThat(c.activity()).startsWith("urn:varcat:source-deletion:a:");
                assertThat(c.recorded()).isEqualTo(CLOCK.instant());
            });
        }
    }

    @Test
    void aRegisteredSourceNeverHoldsASecretAndReadsItFromTheEnvironment() {
        HarvestSource withHeader = new HarvestSource("a", URI.create("https://x.example/a.ttl"), "turtle", "A", null, null,
                "Authorization: Bearer s3cret");
        assertThatThrownBy(() -> new RegisteredSource(withHeader, null, null)).hasMessageContaining("never the header itself");
        assertThatThrownBy(() -> new RegisteredSource(turtle("a").source(), null, "NOT-A-NAME")).hasMessageContaining("not an environment variable name");

        RegisteredSource keyed = new RegisteredSource(turtle("a").source(), null, "A_KEY");
        assertThat(keyed.resolve(Map.of("A_KEY", "X-Api-Key: k")::get).authHeader()).isEqualTo("X-Api-Key: k");
        assertThatThrownBy(() -> keyed.resolve(name -> null)).hasMessageContaining("A_KEY, which is not set");
    }

    @Test
    void theRegistryConformsToTheDocumentedModel() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            new SourceRegistry(store, CLOCK).save(kodebok());
            assertThat(new ProfileValidator().validate(store.readGraph(SourceRegistry.GRAPH)).conforms()).isTrue();
        }
    }
}
