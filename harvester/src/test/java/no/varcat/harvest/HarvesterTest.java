package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.change.ChangeLog;
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
}
