package no.varcat.harvest.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;

/** Broken entries of SKDE's results-portal lists: each reported at its line and column, the good ones kept. */
class SkdeBadInputTest {

    private final IndicatorHarvest harvest = new IndicatorHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void brokenResultsAreReportedWhereTheyStartAndTheRestLands() {
        HarvestReport report = harvest.harvest("skde-results-problems.json");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).extracting(HarvestIssue::severity, HarvestIssue::line, HarvestIssue::column, HarvestIssue::message)
                .containsExactlyInAnyOrder(
                        tuple(Severity.ERROR, 3L, 3L, "'year' is not a whole number of 0 or more: \"20x9\""),
                        tuple(Severity.ERROR, 4L, 3L, "'var' is not a number: \"halv\""),
                        tuple(Severity.WARNING, 5L, 3L, "No 'var' for 'test_andel', 2019, 883658752 (suppressed for small numbers?); row skipped"),
                        tuple(Severity.ERROR, 6L, 3L, "An entry of the list is not an object: \"not an object\"; skipped"),
                        tuple(Severity.WARNING, 7L, 3L, "Same indicator, year and location as the row on line 2; row skipped"));
        assertThat(harvest.repository.measurements("https://w3id.org/varcat/skde/indicator/test_andel")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("0.5"));
    }

    @Test
    void descriptionsWithoutARegisterOrWithSwappedLevelsAreReported() {
        HarvestReport report = harvest.harvest("skde-descriptions-problems.json");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).filteredOn(issue -> !issue.message().startsWith("Does not conform")
                && !issue.message().startsWith("Register harvested, but incomplete"))
                .extracting(HarvestIssue::severity, HarvestIssue::line, HarvestIssue::message)
                .containsExactly(
                        tuple(Severity.ERROR, 3L, "Indicator 'test_uten_register' has no 'rname', so no register to belong to; skipped"),
                        tuple(Severity.WARNING, 4L, "Indicator 'test_snudd': level_yellow 0.9 is past level_green 0.7 for level_direction 1"),
                        tuple(Severity.WARNING, 5L, "Indicator 'test_retning': 'level_direction' is '2', not 1 (higher is better) or 0"
                                + " (lower is better); left out"),
                        tuple(Severity.ERROR, 5L, "'level_green' is not a number: \"høy\""));
        assertThat(harvest.repository.findAll()).extracting(i -> i.iri().substring(i.iri().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("test_andel", "test_snudd");
    }
}
