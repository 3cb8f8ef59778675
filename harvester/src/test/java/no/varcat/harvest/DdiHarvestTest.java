package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.vocab.DISCO;

/** DDI sources through the whole harvest: registered format, store, and a failed read keeping the old graph. */
class DdiHarvestTest {

    private static final URI GOOD = URI.create("classpath:no/varcat/harvest/ddi/birth-survey-ddi25.xml");
    private static final URI MALFORMED = URI.create("classpath:no/varcat/harvest/ddi/malformed.xml");

    private Tdb2CatalogStore store;
    private Harvester harvester;

    @BeforeEach
    void setUp() {
        store = Tdb2CatalogStore.inMemory();
        harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void ddiCodebookIsAStandardFormatAndLandsInItsNamedGraph() {
        HarvestReport report = harvester.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        assertThat(SourceReaders.standard().formats()).contains("ddi-codebook");
        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).isEmpty();
        Graph graph = store.readGraph("urn:varcat:source:births");
        assertThat((long) graph.size()).isEqualTo(report.triples()).isPositive();
        Node study = NodeFactory.createURI(GOOD + "#study");
        assertThat(graph.find(study, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(3);
    }

    @Test
    void aConfiguredRegisterOwnsTheVariablesAndKeepsItsOwnDescription() {
        String register = "https://sample.varcat.no/fhi/births";
        HarvestReport report = harvester.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births", register, null));

        assertThat(report.succeeded()).isTrue();
        Graph graph = store.readGraph("urn:varcat:source:births");
        Node registerNode = NodeFactory.createURI(register);
        assertThat(graph.find(registerNode, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(3)
                .allSatisfy(t -> assertThat(t.getObject().getURI()).startsWith(register + "/variable/"));
        assertThat(graph.find(registerNode, org.apache.jena.vocabulary.DCTerms.title.asNode(), Node.ANY).toList())
                .as("the register's title comes from its DCAT description, not the codebook").isEmpty();
        assertThat(graph.find(NodeFactory.createURI(GOOD + "#study"), Node.ANY, Node.ANY).toList()).isEmpty();
    }

    @Test
    void harvestingTheSameCodebookAgainChangesNothing() {
        harvester.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));
        Graph first = store.readGraph("urn:varcat:source:births");

        harvester.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        assertThat(store.readGraph("urn:varcat:source:births").isIsomorphicWith(first)).isTrue();
    }

    @Test
    void malformedCodebookFailsWithPositionAndKeepsThePreviousHarvest() {
        HarvestReport good = harvester.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        HarvestReport report = harvester.harvest(new HarvestSource("births", MALFORMED, "ddi-codebook", "Births"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
        });
        assertThat(store.readGraph("urn:varcat:source:births").size()).isEqualTo(good.triples());
    }
}
