package no.varcat.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.harvest.ScheduledHarvests;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourceScheduler;
import no.varcat.web.store.CountingStore;

/**
 * What the admin's list of sources and a save cost in the store, counted: the list is two queries
 * and one row per source whatever the runs in the logs, and saving one source among hundreds writes
 * that source's triples, not the registry. The runs are real harvests (of a source that is not
 * there, so each records a failed run).
 */
class SourceListCostTest {

    private final CountingStore store = new CountingStore();
    private final SourceRegistry registry = new SourceRegistry(store, Clock.systemUTC());
    private final SourceCatalog sources = new SourceCatalog(List.of(), registry);
    private final SourceScheduler scheduler = new SourceScheduler(sources, null, new SourceRuns(), null, name -> null, source -> { });
    private final SourceAdministration administration = new SourceAdministration(sources, scheduler, new ScheduledHarvests(scheduler, 1),
            new HarvestHistory(store), null);
    private final Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theListReadsOneRunPerSourceHoweverManyRunsTheLogsHold() {
        List<RegisteredSource> registered = IntStream.range(0, 10).mapToObj(SourceListCostTest::missing).toList();
        registry.saveAll(registered);
        registered.forEach(s -> harvester.harvest(s.source()));
        store.queriesSinceLast();
        store.rowsSinceLast();

        List<SourceStatus> once = administration.all();
        int queriesWithOneRun = store.queriesSinceLast();
        long rowsWithOneRun = store.rowsSinceLast();

        for (int round = 0; round < 4; round++) {
            registered.forEach(s -> harvester.harvest(s.source()));
        }
        store.queriesSinceLast();
        store.rowsSinceLast();
        List<SourceStatus> fiveTimes = administration.all();

        assertThat(queriesWithOneRun).as("the sources, then their newest runs").isEqualTo(2);
        assertThat(rowsWithOneRun).as("one row per source's newest run").isEqualTo(10);
        assertThat(store.queriesSinceLast()).isEqualTo(queriesWithOneRun);
        assertThat(store.rowsSinceLast()).as("five runs each, still one row per source").isEqualTo(rowsWithOneRun);
        assertThat(fiveTimes).allSatisfy(s -> assertThat(s.runs()).singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(Outcome.FAILED)));
        assertThat(fiveTimes.get(0).runs().get(0).started()).isAfter(once.get(0).runs().get(0).started());
        assertThat(fiveTimes.get(0).runs().get(0).started())
                .isEqualTo(new HarvestHistory(store).runs(fiveTimes.get(0).source().id()).get(0).started());
    }

    @Test
    void savingOneSourceAmongHundredsWritesThatSourcesTriplesOnly() {
        registry.saveAll(IntStream.range(0, 300).mapToObj(SourceListCostTest::missing).toList());
        int registryTriples = store.triplesWrittenSinceLast();
        store.queriesSinceLast();

        RegisteredSource changed = new RegisteredSource(new HarvestSource("source-250", URI.create("classpath:no/such/other.ttl"),
                "turtle", "Endret"), null, null);
        registry.save(changed);

        assertThat(registryTriples).isGreaterThan(300 * 4);
        assertThat(store.triplesWrittenSinceLast()).as("the source's triples and the registry's date").isLessThanOrEqualTo(8);
        assertThat(registry.find("source-250")).contains(changed);
        assertThat(registry.find("source-249")).contains(missing(249));
        assertThat(registry.all()).hasSize(300);
        store.queriesSinceLast();

        // Through the administration (the form and the API): it reads the saved source only, and does
        // not put 300 schedules in line for a source without one. A new title is read the same way, so no run starts.
        RegisteredSource retitled = new RegisteredSource(new HarvestSource("source-7", missing(7).source().location(), "turtle",
                "Ny tittel"), null, null);
        assertThat(administration.save(retitled).change()).isEqualTo(SourceAdministration.Change.UPDATED);
        assertThat(store.queriesSinceLast()).as("read the one source before; nothing else").isEqualTo(1);
        assertThat(store.triplesWrittenSinceLast()).isLessThanOrEqualTo(8);
        assertThat(administration.save(retitled).change()).isEqualTo(SourceAdministration.Change.UNCHANGED);
        assertThat(store.triplesWrittenSinceLast()).isZero();

        assertThat(registry.delete("source-3")).isTrue();
        assertThat(registry.all()).hasSize(299);
        assertThat(registry.find("source-4")).contains(missing(4));
    }

    private static RegisteredSource missing(int i) {
        return new RegisteredSource(new HarvestSource("source-" + i, URI.create("classpath:no/such/source-" + i + ".ttl"), "turtle",
                "Kilde " + i), null, null);
    }
}
