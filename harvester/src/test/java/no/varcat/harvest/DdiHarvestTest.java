package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.vocab.DISCO;

/** DDI sources through the whole harvest: registered format, store, and a failed read keeping the old graph. */
class DdiHarvestTest {

    private static final URI GOOD = URI.create("classpath:no/varcat/harvest/ddi/birth-survey-ddi25.xml");
    private static final URI MALFORMED = URI.create("classpath:no/varcat/harvest/ddi/malformed.xml");

    private final InMemoryHarvest harvest = new InMemoryHarvest();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void ddiCodebookIsAStandardFormatAndLandsInItsNamedGraph() {
        HarvestReport report = harvest.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        assertThat(SourceReaders.standard().formats()).contains("ddi-codebook");
        assertThat(report.succeeded()).isTrue();
        // A bare codebook lacks what DCAT-AP-NO wants of a register (contact point, theme...): said, not fatal.
        assertThat(report.issues()).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).startsWith(issue.about() != null ? "Register harvested, but incomplete" : "Does not conform to the profile");
        });
        Graph graph = harvest.store.readGraph("urn:varcat:source:births");
        assertThat((long) graph.size()).isEqualTo(report.triples()).isPositive();
        Node study = NodeFactory.createURI(GOOD + "#study");
        assertThat(graph.find(study, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(3);
    }

    @Test
    void aConfiguredRegisterOwnsTheVariablesAndKeepsItsOwnDescription() {
        String register = "https://sample.varcat.no/fhi/births";
        HarvestReport report = harvest.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births", register, null));

        assertThat(report.succeeded()).isTrue();
        Graph graph = harvest.store.readGraph("urn:varcat:source:births");
        Node registerNode = NodeFactory.createURI(register);
        assertThat(graph.find(registerNode, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(3)
                .allSatisfy(t -> assertThat(t.getObject().getURI()).startsWith(register + "/variable/"));
        assertThat(graph.find(registerNode, org.apache.jena.vocabulary.DCTerms.title.asNode(), Node.ANY).toList())
                .as("the register's title comes from its DCAT description, not the codebook").isEmpty();
        assertThat(graph.find(NodeFactory.createURI(GOOD + "#study"), Node.ANY, Node.ANY).toList()).isEmpty();
    }

    @Test
    void harvestingTheSameCodebookAgainChangesNothing() {
        harvest.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));
        Graph first = harvest.store.readGraph("urn:varcat:source:births");

        harvest.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        assertThat(harvest.store.readGraph("urn:varcat:source:births").isIsomorphicWith(first)).isTrue();
    }

    @Test
    void malformedCodebookFailsWithPositionAndKeepsThePreviousHarvest() {
        HarvestReport good = harvest.harvest(new HarvestSource("births", GOOD, "ddi-codebook", "Births"));

        HarvestReport report = harvest.harvest(new HarvestSource("births", MALFORMED, "ddi-codebook", "Births"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
        });
        assertThat(harvest.store.readGraph("urn:varcat:source:births").size()).isEqualTo(good.triples());
    }
}
