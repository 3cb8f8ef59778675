package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.change.ChangeFilter;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.LoggedChange;
import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;

class HarvesterTest {

    private static final URI GOOD = URI.create("classpath:no/varcat/harvest/small-register.ttl");
    private static final URI BROKEN = URI.create("classpath:no/varcat/harvest/broken-register.ttl");
    /** small-register.ttl: a register (9), its publisher (3), contact point (2) and one variable (4). */
    private static final long SMALL_REGISTER_TRIPLES = 18;

    private final InMemoryHarvest harvest = new InMemoryHarvest();

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void turtleSourceLandsInItsOwnNamedGraph() {
        HarvestReport report = harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.triples()).isEqualTo(SMALL_REGISTER_TRIPLES);
        assertThat(harvest.store.graphNames()).containsExactlyInAnyOrder("urn:varcat:source:small", "urn:varcat:ids:small",
                "urn:varcat:harvest-log:small", ChangeLog.GRAPH, "urn:varcat:quality:small");
        // The register's URL id lands beside it, so /registers/{id} finds it.
        assertThat(harvest.store.ask("ASK { GRAPH <urn:varcat:ids:small> { ?r <https://w3id.org/varcat/ns#pathId> ?id } }")).isTrue();
    }

    @Test
    void malformedTurtleIsReportedWithPositionAndKeepsThePreviousHarvest() {
        harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        HarvestReport report = harvest.harvest(new HarvestSource("small", BROKEN, "turtle", "Small"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.message()).contains("foo");
        });
        assertThat(harvest.store.readGraph("urn:varcat:source:small").size()).isEqualTo(SMALL_REGISTER_TRIPLES);
    }

    @Test
    void missingSourceAndUnknownFormatFailWithAClearMessage() {
        HarvestReport missing = harvest.harvest(new HarvestSource("gone",
                URI.create("classpath:no/varcat/harvest/nope.ttl"), "turtle", "Gone"));
        HarvestReport unknown = harvest.harvest(new HarvestSource("odd", GOOD, "sas7bdat", "Odd"));

        assertThat(missing.issues()).singleElement().extracting(HarvestIssue::message).asString().contains("nope.ttl");
        assertThat(unknown.issues()).singleElement().extracting(HarvestIssue::message).asString().contains("Unknown format 'sas7bdat'");
        assertThat(harvest.store.graphNames()).as("failed runs are logged, no source graph is made")
                .containsExactlyInAnyOrder("urn:varcat:harvest-log:gone", "urn:varcat:harvest-log:odd");
    }

    @Test
    void everyRunIsKeptInTheSourcesHistoryNewestFirst() {
        harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));
        harvest.harvest(new HarvestSource("small", BROKEN, "turtle", "Small"));

        List<HarvestReport> runs = new HarvestHistory(harvest.store).runs("small");

        assertThat(runs).extracting(HarvestReport::outcome).containsExactly(Outcome.FAILED, Outcome.SUCCEEDED);
        assertThat(runs.get(0).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.message()).contains("foo");
        });
        assertThat(runs.get(1).triples()).isEqualTo(SMALL_REGISTER_TRIPLES);
        assertThat(runs.get(1).finished()).isAfterOrEqualTo(runs.get(1).started());
        assertThat(new HarvestHistory(harvest.store).runs("other")).isEmpty();
    }

    @Test
    void theHarvestLogConformsToTheProfile() {
        harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));
        harvest.harvest(new HarvestSource("small", BROKEN, "turtle", "Small"));

        ValidationResult result = new ProfileValidator().validate(harvest.store.readGraph("urn:varcat:harvest-log:small"));

        assertThat(result.violations()).isEmpty();
    }

    @Test
    void fileUrlsAreRefusedUnlessEnabled() {
        HarvestReport report = harvest.harvest(new HarvestSource("local", URI.create("file:///etc/hostname"), "turtle", "Local"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues().get(0).message()).contains("file: sources are disabled");
    }

    @Test
    void aSourceWithoutATitleIsHarvestedAndLoggedUnderItsId() {
        HarvestReport report = harvest.harvest(new HarvestSource("untitled", GOOD, "turtle", null));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(new HarvestHistory(harvest.store).runs("untitled")).hasSize(1);
        assertThat(new HarvestHistory(harvest.store).latest("untitled")).hasValueSatisfying(run -> assertThat(run.succeeded()).isTrue());
        assertThat(new HarvestHistory(harvest.store).latest("nothing-here")).isEmpty();
    }

    @Test
    void aRegisterThatViolatesTheShapesIsLeftOutAndTheOthersLand() {
        HarvestReport report = harvest.harvest(new HarvestSource("two",
                URI.create("classpath:no/varcat/harvest/one-bad-register.ttl"), "turtle", "Two"));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.triples()).isEqualTo(SMALL_REGISTER_TRIPLES);
        assertThat(report.issues()).allSatisfy(issue ->
                assertThat(issue.message()).contains("<https://test.varcat.no/small/bad-register>"));
        assertThat(report.issues()).filteredOn(issue -> issue.severity() == Severity.ERROR).isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.message()).startsWith("Register left out:"));
        var graph = harvest.store.readGraph("urn:varcat:source:two");
        assertThat(graph.find(org.apache.jena.graph.NodeFactory.createURI("https://test.varcat.no/small/BAD_VAR"),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).toList()).as("its variables go too").isEmpty();
    }

    @Test
    void harvestingTheSameContentAgainWritesNothing() {
        harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        HarvestReport again = harvest.harvest(new HarvestSource("small", GOOD, "turtle", "Small"));

        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(new HarvestHistory(harvest.store).runs("small")).as("an unchanged run writes no log entry either")
                .extracting(HarvestReport::outcome).containsExactly(Outcome.SUCCEEDED);
    }

    @Test
    void blankNodesGetStableIrisSoAReharvestIsUnchanged() {
        URI withBlanks = URI.create("classpath:no/varcat/harvest/blank-nodes-register.ttl");
        HarvestReport first = harvest.harvest(new HarvestSource("blanks", withBlanks, "turtle", "Blanks"));
        var stored = harvest.store.readGraph("urn:varcat:source:blanks");

        HarvestReport second = harvest.harvest(new HarvestSource("blanks", withBlanks, "turtle", "Blanks"));

        assertThat(first.succeeded()).as("%s", first.issues()).isTrue();
        assertThat(stored.find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        assertThat(stored.find().toList()).anyMatch(t -> t.getSubject().isURI()
                && t.getSubject().getURI().startsWith("https://w3id.org/varcat/genid/blanks/"));
        assertThat(second.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void runsGoingOnAtOnceCommitInOneTransaction() throws Exception {
        GroupCommit commits = new GroupCommit(harvest.store, Duration.ofMinutes(5), GroupCommit.DEFAULT_MAX_TRIPLES);
        Harvester harvester = new Harvester(harvest.store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC(),
                HarvestHook.NONE, commits);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // A third run going on holds the two back until both are ready to write.
            GroupCommit.Run third = commits.begin();
            Future<HarvestReport> one = threads.submit(() -> harvester.harvest(new HarvestSource("one", GOOD, "turtle", "One")));
            Future<HarvestReport> two = threads.submit(() -> harvester.harvest(new HarvestSource("two", GOOD, "turtle", "Two")));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (commits.waiting() < 2) {
                assertThat(System.nanoTime()).as("both runs ready to write within 30 s").isLessThan(end);
                Thread.sleep(10);
            }
            assertThat(harvest.store.graphNames()).isEmpty();

            third.close();

            assertThat(one.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
            assertThat(two.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
        } finally {
            threads.shutdownNow();
        }
        assertThat(commits.committed()).isEqualTo(new GroupCommit.Committed(1, 2));
        assertThat(harvest.store.readGraph("urn:varcat:source:one").size()).isEqualTo(SMALL_REGISTER_TRIPLES);
        assertThat(harvest.store.readGraph("urn:varcat:source:two").size()).isEqualTo(SMALL_REGISTER_TRIPLES);
        // Each run's changes are numbered in the log, one after the other.
        ChangeLog log = new ChangeLog(harvest.store);
        assertThat(log.lastSequence()).isGreaterThan(1);
        assertThat(log.range(1, log.lastSequence(), ChangeFilter.ALL)).extracting(LoggedChange::sequence)
                .doesNotHaveDuplicates().hasSize((int) log.lastSequence());
    }
}
