package no.varcat.harvest.coverage;

import static no.varcat.harvest.coverage.CoverageHarvest.SKDE_REGISTER;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;

/** Files that cannot be coverage CSV fail the harvest with one clear issue and keep what the store had. */
class CoverageBadInputTest {

    private final CoverageHarvest harvest = new CoverageHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aBrokenReHarvestLeavesThePreviousGraphUnchanged() {
        assertThat(harvest.skde("skde-small.csv").succeeded()).isTrue();
        Graph before = harvest.store.readGraph(HarvestSource.graphNameFor(CoverageHarvest.SOURCE_ID));

        HarvestReport report = harvest.skde("error-page.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(harvest.store.readGraph(HarvestSource.graphNameFor(CoverageHarvest.SOURCE_ID)).isIsomorphicWith(before)).isTrue();
        assertThat(harvest.rates(SKDE_REGISTER)).hasSize(3);
    }

    @Test
    void anHtmlPageServedInsteadOfCsvIsNamedAsSuch() {
        HarvestReport report = harvest.skde("error-page.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.message()).contains("got an HTML page, not CSV").contains("404 Not Found");
        });
    }

    @Test
    void theWrongDelimiterIsNamedWithTheMissingColumns() {
        HarvestReport report = harvest.skde("skde-comma.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.message())
                    .contains("Missing required columns ind_id, year, orgnr, var, denominator")
                    .contains("probably saved with ',' as delimiter instead of ';'");
        });
    }

    @Test
    void aFileOfTheOtherPresetIsNamedAsSuch() {
        HarvestReport asSkde = harvest.skde("plain-good.csv");
        HarvestReport asPlain = harvest.plain("skde-small.csv");

        assertThat(asSkde.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("looks like preset 'plain'");
        assertThat(asPlain.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("Missing required columns register, year, rate").contains("looks like preset 'skde'");
    }

    @Test
    void anEmptyFileIsFatal() {
        HarvestReport report = harvest.skde("empty.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("empty");
        });
    }

    @Test
    void aHeaderWithoutRowsIsWarnedAboutAndKeepsThePreviousHarvest() {
        HarvestReport report = harvest.skde("skde-header-only.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).extracting(issue -> issue.message())
                .containsExactly("No data rows after the header", "The source is empty; the previous harvest is kept");
    }

    @Test
    void quotingThatNeverClosesStopsTheRead() {
        HarvestReport report = harvest.skde("skde-unclosed-quote.csv");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).startsWith("Malformed CSV");
            assertThat(issue.line()).isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void anUnknownPresetIsFatalAndListsTheKnownOnes() {
        HarvestReport report = harvest.harvest("skde-small.csv", "imongr", SKDE_REGISTER);

        assertThat(report.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("Unknown coverage-csv preset 'imongr'").contains("skde, plain");
    }
}
