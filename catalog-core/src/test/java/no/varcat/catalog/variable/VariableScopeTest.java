package no.varcat.catalog.variable;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/** A variable's temporality and unit type, read with its summary. */
class VariableScopeTest {

    private static final String EVENT = "https://w3id.org/varcat/temporality/event";
    private static final String PERSON = "https://w3id.org/varcat/unit-type/person";

    private Tdb2CatalogStore store;
    private VariableRepository repository;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        Graph graph = TestFixtures.birthRegister();
        Model birth = ModelFactory.createModelForGraph(graph);
        Resource weight = birth.getResource("https://test.varcat.no/birth/VEKT");
        weight.addProperty(VARCAT.temporality, birth.createResource(EVENT));
        weight.addProperty(DISCO.analysisUnit, birth.createResource(PERSON));
        store.replaceGraph("https://test.varcat.no/source/birth", graph);
        repository = new VariableRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSummaryHasTheTemporalityAndUnitTypeIris() {
        VariableSummary weight = repository.find("https://test.varcat.no/birth/VEKT").orElseThrow().summary();
        VariableSummary sex = repository.find("https://test.varcat.no/birth/KJONN").orElseThrow().summary();

        assertThat(weight.temporality()).isEqualTo(EVENT);
        assertThat(weight.unitType()).isEqualTo(PERSON);
        assertThat(sex.temporality()).isNull();
        assertThat(sex.unitType()).isNull();
        assertThat(repository.findAll()).hasSize(3);
    }
}
