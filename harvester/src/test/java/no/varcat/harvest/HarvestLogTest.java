package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;

/** A source's log keeps its newest runs, each with its issues; older runs go whole. */
class HarvestLogTest {

    private static Graph run(int second, Outcome outcome) {
        return run("small", second, outcome);
    }

    private static Graph run(String sourceId, int second, Outcome outcome) {
        Instant started = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second);
        HarvestSource source = new HarvestSource(sourceId, URI.create("https://x.example/" + sourceId + ".ttl"), "turtle", sourceId);
        return HarvestRunMapping.toGraph(new HarvestReport(sourceId, started, started.plusMillis(120), outcome, 0,
                List.of(new HarvestIssue(Severity.WARNING, "issue of run " + second, 1, 1))), source);
    }

    @Test
    void recordingARunKeepsTheNewestRunsWithTheirIssuesAndDropsTheOthersWhole() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            String name = HarvestRunMapping.logGraphName("small");
            for (int i = 0; i < 5; i++) {
                store.apply(List.of(HarvestLog.record(store, "small", run(i, i % 2 == 0 ? Outcome.SUCCEEDED : Outcome.FAILED), 3)));
            }

            List<HarvestReport> runs = new HarvestHistory(store).runs("small");
            assertThat(runs).extracting(r -> r.started().getEpochSecond() % 60).containsExactly(4L, 3L, 2L);
            assertThat(runs).allSatisfy(r -> assertThat(r.issues()).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("issue of run " + r.started().getEpochSecond() % 60)));
            // Nothing of the dropped runs is left: not their issues, not the wasGeneratedBy naming them.
            Graph log = store.readGraph(name);
            Graph three = GraphFactory.createDefaultGraph();
            for (int i = 2; i < 5; i++) {
                run(i, i % 2 == 0 ? Outcome.SUCCEEDED : Outcome.FAILED).find().forEach(three::add);
            }
            assertThat(log.find().toList())
                    .noneMatch(t -> t.toString().contains("issue of run 0") || t.toString().contains("issue of run 1"));
            assertThat(log.size()).as("three runs, each as big as a fresh one, and the one pointer to the latest")
                    .isEqualTo(three.size() + 1);
        }
    }

    @Test
    void recordingKeepsTheRunThatWroteTheCurrentGraphHoweverManyFailedSince() {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.apply(List.of(HarvestLog.record(store, "small", run(0, Outcome.SUCCEEDED), 3)));
            for (int i = 1; i < 6; i++) {
                store.apply(List.of(HarvestLog.record(store, "small", run(i, Outcome.FAILED), 3)));
            }

            HarvestHistory history = new HarvestHistory(store);
            assertThat(history.runs("small")).extracting(r -> r.started().getEpochSecond() % 60).containsExactly(5L, 4L, 3L, 0L);
            assertThat(history.latestSucceeded("small")).as("the provenance of what is served").isPresent();
            assertThat(history.runs("small").get(3).issues()).extracting(HarvestIssue::message).containsExactly("issue of run 0");
        }
    }

    @Test
    void theHarvesterKeepsAtMostTheLimitOfRunsPerSource() {
        try (InMemoryHarvest harvest = new InMemoryHarvest()) {
            Graph log = GraphFactory.createDefaultGraph();
            for (int i = 0; i < HarvestLog.KEEP; i++) {
                run("missing", i, Outcome.FAILED).find().forEach(log::add);
            }
            harvest.store.replaceGraph(HarvestRunMapping.logGraphName("missing"), log);

            harvest.harvest(new HarvestSource("missing", URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "Missing"));

            List<HarvestReport> runs = new HarvestHistory(harvest.store).runs("missing");
            assertThat(runs).hasSize(HarvestLog.KEEP);
            assertThat(runs.get(0).started()).isAfter(Instant.parse("2026-01-02T00:00:00Z"));
            assertThat(runs).noneMatch(r -> r.started().equals(Instant.parse("2026-01-01T00:00:00Z")));
        }
    }

    @Test
    void aLogWrittenBeforeTheLatestRunPointerGetsItOnceAndEachRunMovesIt() {
        try (InMemoryHarvest harvest = new InMemoryHarvest()) {
            Graph log = GraphFactory.createDefaultGraph();
            for (int i = 0; i < HarvestLog.KEEP; i++) {
                run("old", i, Outcome.FAILED).find().forEach(log::add);
            }
            harvest.store.replaceGraph(HarvestRunMapping.logGraphName("old"), log);
            HarvestHistory history = new HarvestHistory(harvest.store);
            assertThat(history.latestOfAll()).isEmpty();

            assertThat(history.pointLogsToTheirLatestRun()).isEqualTo(1);
            assertThat(history.pointLogsToTheirLatestRun()).as("once").isZero();
            assertThat(history.latestOfAll().get("old").started()).isEqualTo(history.runs("old").get(0).started());

            // The log is full: this run trims it, and the pointer moves to the run, the only pointer there.
            harvest.harvest(new HarvestSource("old", URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "Old"));
            harvest.harvest(new HarvestSource("new", URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "New"));

            assertThat(history.latestOfAll()).containsOnlyKeys("old", "new");
            assertThat(history.latestOfAll().get("old").started()).isEqualTo(history.runs("old").get(0).started())
                    .isAfter(Instant.parse("2026-01-02T00:00:00Z"));
            assertThat(harvest.store.readGraph(HarvestRunMapping.logGraphName("old"))
                    .find(Node.ANY, no.varcat.vocab.VARCAT.latestRun.asNode(), Node.ANY).toList()).hasSize(1);
        }
    }
}
