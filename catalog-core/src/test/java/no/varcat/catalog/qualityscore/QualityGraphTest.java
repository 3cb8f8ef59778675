package no.varcat.catalog.qualityscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;

class QualityGraphTest {

    private static final String REGISTER = "https://test.varcat.no/r";

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theHistoryKeepsTheTotalsOfABoundedNumberOfRuns() {
        Graph source = turtle("""
                <https://test.varcat.no/r> a <http://www.w3.org/ns/dcat#Dataset> ;
                    <http://www.w3.org/ns/dcat#keyword> "k"@nb .
                """);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < QualityGraph.HISTORY_RUNS + 5; i++) {
            store.apply(QualityGraph.afterRun(store, "s", source, "urn:varcat:harvest-run:" + i, start.plusSeconds(i)));
        }

        RegisterQuality quality = new QualityRepository(store).find(REGISTER).orElseThrow();

        assertThat(quality.history()).hasSize(QualityGraph.HISTORY_RUNS + 1);
        assertThat(quality.history().get(quality.history().size() - 1).runIri())
                .isEqualTo("urn:varcat:harvest-run:" + (QualityGraph.HISTORY_RUNS + 4));
        assertThat(quality.history().get(0).runIri()).isEqualTo("urn:varcat:harvest-run:4");
        assertThat(quality.score().mqaPoints()).isEqualTo(30);
    }

    @Test
    void aRegisterTakesItsVariablesFromTheSourceThatGivesThem() {
        Graph described = turtle("""
                <https://test.varcat.no/r> a <http://www.w3.org/ns/dcat#Dataset> ;
                    <http://www.w3.org/ns/dcat#keyword> "k"@nb .
                """);
        Graph codebook = turtle("""
                <https://test.varcat.no/r> <http://rdf-vocabulary.ddialliance.org/discovery#variable> <https://test.varcat.no/v> .
                <https://test.varcat.no/v> <http://www.w3.org/2004/02/skos/core#definition> "d"@nb .
                """);
        store.apply(QualityGraph.afterRun(store, "dcat", described, "urn:varcat:harvest-run:a", Instant.parse("2026-01-01T00:00:00Z")));
        store.apply(QualityGraph.afterRun(store, "codebook", codebook, "urn:varcat:harvest-run:b", Instant.parse("2026-01-02T00:00:00Z")));
        store.apply(QualityGraph.afterRun(store, "dcat", described, "urn:varcat:harvest-run:c", Instant.parse("2026-01-03T00:00:00Z")));

        QualityScore score = new QualityRepository(store).find(REGISTER).orElseThrow().score();

        assertThat(score.mqaPoints()).isEqualTo(30);
        // definitions 20 and units 20 (no numeric variable) from the codebook; not undone by the DCAT source's later run
        assertThat(score.points() - score.mqaPoints()).isEqualTo(40);
        assertThat(new QualityRepository(store).percents(java.util.List.of(REGISTER, "https://test.varcat.no/none")))
                .containsOnlyKeys(REGISTER);
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(graph);
        return graph;
    }
}
