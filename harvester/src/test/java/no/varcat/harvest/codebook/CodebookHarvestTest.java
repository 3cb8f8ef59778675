package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.SourceReaders;
import no.varcat.vocab.DISCO;

/** A CSV codebook through the harvester: its register and preset come from the source's configuration. */
class CodebookHarvestTest {

    private static final String FIXTURES = "classpath:no/varcat/harvest/codebook/";
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";

    private final InMemoryHarvest harvest = new InMemoryHarvest();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void codebookLandsInTheSourceGraphAndABrokenOneKeepsIt() {
        HarvestReport good = harvest.harvest(source("plain.csv"));
        Graph harvested = harvest.store.readGraph("urn:varcat:source:mfr-codebook");

        assertThat(good.succeeded()).isTrue();
        assertThat(good.issues()).isEmpty();
        assertThat(harvested.contains(NodeFactory.createURI(REGISTER), DISCO.variable.asNode(),
                NodeFactory.createURI(REGISTER + "/variable/VEKT"))).isTrue();
        assertThat(good.triples()).isEqualTo(harvested.size());

        HarvestReport broken = harvest.harvest(source("kodebok.csv"));

        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("looks like preset kodebok");
        });
        assertThat(harvest.store.readGraph("urn:varcat:source:mfr-codebook").isIsomorphicWith(harvested)).isTrue();
    }

    @Test
    void bothCodebookFormatsAreRegistered() {
        assertThat(SourceReaders.standard().formats()).contains("codebook-csv", "codebook-xlsx");
    }

    private static HarvestSource source(String fixture) {
        return new HarvestSource("mfr-codebook", URI.create(FIXTURES + fixture), "codebook-csv", "MFR kodebok", REGISTER, "plain");
    }
}
