package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.vocab.DISCO;

/** A CSV codebook through the harvester: its register and preset come from the source's configuration. */
class CodebookHarvestTest {

    private static final String FIXTURES = "classpath:no/varcat/harvest/codebook/";
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";

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
    void codebookLandsInTheSourceGraphAndABrokenOneKeepsIt() {
        HarvestReport good = harvester.harvest(source("plain.csv"));
        Graph harvested = store.readGraph("urn:varcat:source:mfr-codebook");

        assertThat(good.succeeded()).isTrue();
        assertThat(good.issues()).isEmpty();
        assertThat(harvested.contains(NodeFactory.createURI(REGISTER), DISCO.variable.asNode(),
                NodeFactory.createURI(REGISTER + "/variable/VEKT"))).isTrue();
        assertThat(good.triples()).isEqualTo(harvested.size());

        HarvestReport broken = harvester.harvest(source("plain-semicolon.csv"));

        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("';'-separated");
        });
        assertThat(store.readGraph("urn:varcat:source:mfr-codebook").isIsomorphicWith(harvested)).isTrue();
    }

    @Test
    void bothCodebookFormatsAreRegistered() {
        assertThat(SourceReaders.standard().formats()).contains("codebook-csv", "codebook-xlsx");
    }

    private static HarvestSource source(String fixture) {
        return new HarvestSource("mfr-codebook", URI.create(FIXTURES + fixture), "codebook-csv", "MFR kodebok", REGISTER, "plain");
    }
}
