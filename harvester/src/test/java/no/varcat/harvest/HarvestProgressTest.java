package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.fetch.FetchState;

/** A run tells its {@link HarvestProgress} each phase it enters, and only those. */
class HarvestProgressTest {

    private static final HarvestSource GOOD = new HarvestSource("small",
            URI.create("classpath:no/varcat/harvest/small-register.ttl"), "turtle", "Small");
    private static final HarvestSource BROKEN = new HarvestSource("small",
            URI.create("classpath:no/varcat/harvest/broken-register.ttl"), "turtle", "Small");

    private final InMemoryHarvest harvest = new InMemoryHarvest();
    private final List<HarvestPhase> phases = new CopyOnWriteArrayList<>();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void aRunThatWritesGoesThroughEveryPhaseInOrder() {
        HarvestReport report = harvest.harvester().harvest(GOOD, FetchState.NONE, phases::add);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(phases).containsExactly(HarvestPhase.FETCHING, HarvestPhase.READING, HarvestPhase.CHECKING, HarvestPhase.WRITING);
    }

    @Test
    void aRunThatFindsTheSameContentNeverWrites() {
        harvest.harvest(GOOD);

        HarvestReport report = harvest.harvester().harvest(GOOD, FetchState.NONE, phases::add);

        assertThat(report.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(phases).containsExactly(HarvestPhase.FETCHING, HarvestPhase.READING, HarvestPhase.CHECKING);
    }

    @Test
    void aRunThatFailsStopsInThePhaseThatFailed() {
        HarvestReport broken = harvest.harvester().harvest(BROKEN, FetchState.NONE, phases::add);
        List<HarvestPhase> brokenPhases = List.copyOf(phases);
        phases.clear();
        HarvestReport missing = harvest.harvester().harvest(new HarvestSource("gone",
                URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "Gone"), FetchState.NONE, phases::add);

        assertThat(broken.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(brokenPhases).containsExactly(HarvestPhase.FETCHING, HarvestPhase.READING);
        assertThat(missing.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(phases).containsExactly(HarvestPhase.FETCHING);
    }
}
