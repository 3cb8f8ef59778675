package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestIssue.Severity;

class HarvesterTest {

    private static final URI GOOD = URI.create("classpath:no/varcat/harvest/small-register.ttl");
    private static final URI BROKEN = URI.create("classpath:no/varcat/harvest/broken-register.ttl");

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
    void turtleSourceLandsInItsOwnNamedGraph() {
        HarvestReport report = harvester.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.triples()).isEqualTo(6);
        assertThat(store.graphNames()).containsExactly("urn:varcat:source:small");
    }

    @Test
    void malformedTurtleIsReportedWithPositionAndKeepsThePreviousHarvest() {
        harvester.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        HarvestReport report = harvester.harvest(new HarvestSource("small", BROKEN, "turtle", "Small"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.message()).contains("foo");
        });
        assertThat(store.readGraph("urn:varcat:source:small").size()).isEqualTo(6);
    }

    @Test
    void missingSourceAndUnknownFormatFailWithAClearMessage() {
        HarvestReport missing = harvester.harvest(new HarvestSource("gone",
                URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "Gone"));
        HarvestReport unknown = harvester.harvest(new HarvestSource("odd", GOOD, "sas7bdat", "Odd"));

        assertThat(missing.issues()).singleElement().extracting(HarvestIssue::message).asString().contains("nope.ttl");
        assertThat(unknown.issues()).singleElement().extracting(HarvestIssue::message).asString().contains("Unknown format 'sas7bdat'");
        assertThat(store.graphNames()).isEmpty();
    }

    @Test
    void fileUrlsAreRefusedUnlessEnabled() {
        HarvestReport report = harvester.harvest(new HarvestSource("local", URI.create("file:///etc/hostname"), "turtle", "Local"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues().get(0).message()).contains("file: sources are disabled");
    }
}
