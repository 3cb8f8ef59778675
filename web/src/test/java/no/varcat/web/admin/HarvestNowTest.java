package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.fetch.FetchSettings;
import no.varcat.harvest.fetch.HttpFetcher;
import no.varcat.harvest.fetch.TargetGuard;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourceScheduler;

/**
 * "Harvest now" against a real HTTP server on loopback that answers 304 to its own ETag: a
 * conditional GET like a scheduled run (after a restart too, from the validators in the store),
 * unless the admin asks for the source in full. The runs are started on the calling thread.
 */
class HarvestNowTest {

    private final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final SourceRegistry registry = new SourceRegistry(store, Clock.systemUTC());
    private final SourceCatalog sources = new SourceCatalog(List.of(), registry);
    private final HarvestHistory history = new HarvestHistory(store);
    private final Harvester harvester = new Harvester(store, SourceReaders.standard(),
            new SourceOpener(false, new HttpFetcher(FetchSettings.defaults().withGuard(TargetGuard.ANY))), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void harvestNowSendsTheLastValidatorsAndInFullDoesNot() throws Exception {
        try (RegistersServer server = new RegistersServer("https://test.varcat.no/harvest-now/", "hnvar", false)) {
            registry.save(new RegisteredSource(new HarvestSource("hn", URI.create(server.url("hn")), "turtle", "HN"), null, null));
            SourceScheduler scheduler = scheduler();

            assertThat(scheduler.requestRun("hn", Runnable::run, false)).isTrue();
            assertThat(history.runs("hn")).extracting(HarvestReport::outcome).containsExactly(HarvestReport.Outcome.SUCCEEDED);
            assertThat(server.notModified()).as("nothing to send back yet").isZero();

            scheduler.requestRun("hn", Runnable::run, false);
            scheduler.requestRun("hn", Runnable::run, false);
            assertThat(server.notModified()).isEqualTo(2);

            scheduler.requestRun("hn", Runnable::run, true);
            assertThat(server.requests()).isEqualTo(4);
            assertThat(server.notModified()).as("in full: fetched whatever the validators say").isEqualTo(2);

            // After a restart: nothing in memory, the validators come from the store.
            scheduler().requestRun("hn", Runnable::run, false);
            assertThat(server.notModified()).isEqualTo(3);
            assertThat(server.requests()).isEqualTo(5);
            assertThat(history.runs("hn")).as("a 304 records no run; equal content in full writes none")
                    .extracting(HarvestReport::outcome).containsExactly(HarvestReport.Outcome.SUCCEEDED);
        }
    }

    @Test
    void aRunThatEndsWhileAnotherWaitsSaysSoAndTheLastOfTheBurstSaysItIsAlone() throws Exception {
        try (RegistersServer server = new RegistersServer("https://test.varcat.no/harvest-now/", "hnvar", false)) {
            registry.save(new RegisteredSource(new HarvestSource("first", URI.create(server.url("first")), "turtle", "First"), null, null));
            registry.save(new RegisteredSource(new HarvestSource("second", URI.create(server.url("second")), "turtle", "Second"), null,
                    null));
            List<String> ended = new java.util.ArrayList<>();
            SourceScheduler scheduler = new SourceScheduler(sources, harvester, new SourceRuns(), new FetchStates(history), name -> null,
                    source -> { }, (report, othersGoingOn) -> ended.add(report.sourceId() + (othersGoingOn ? " with others" : " alone")));
            List<Runnable> queue = new java.util.ArrayList<>();

            scheduler.requestRun("first", queue::add, false);
            scheduler.requestRun("second", queue::add, false);
            queue.forEach(Runnable::run);

            assertThat(ended).containsExactly("first with others", "second alone");
        }
    }

    private SourceScheduler scheduler() {
        return new SourceScheduler(sources, harvester, new SourceRuns(), new FetchStates(history), name -> null, source -> { });
    }
}
