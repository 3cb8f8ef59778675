package no.varcat.harvest.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;

/** Input that is not an indicator file fails the harvest with one clear issue and keeps what the store had. */
class IndicatorBadInputTest {

    private final IndicatorHarvest harvest = new IndicatorHarvest();

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aJsonSyntaxErrorIsAnErrorWithLineAndColumnAndKeepsThePreviousGraph() {
        assertThat(harvest.harvest("indicators.json").succeeded()).isTrue();
        Graph before = harvest.store.readGraph(HarvestSource.graphNameFor(IndicatorHarvest.SOURCE_ID));

        HarvestReport report = harvest.harvest("broken.json");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isGreaterThan(60);
            assertThat(issue.message()).startsWith("Not valid JSON: ").contains("expecting comma");
        });
        assertThat(harvest.store.readGraph(HarvestSource.graphNameFor(IndicatorHarvest.SOURCE_ID)).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void anHtmlPageServedInsteadOfJsonIsNamedAsSuch() {
        HarvestReport report = harvest.harvest("login-page.json");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("got an HTML page, not JSON").contains("Logg inn - Helsedirektoratet");
        });
    }

    @Test
    void jsonOfAnotherShapeIsRefused() {
        HarvestReport list = harvest.harvest("not-indicators.json");
        HarvestReport other = harvest.harvest("other-object.json");

        assertThat(list.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            // A list is one of SKDE's results-portal files, or it says which of their keys it lacks.
            assertThat(issue.message()).contains("A JSON list, but its first object (keys id) is neither an SKDE indicator description")
                    .contains("an object with 'indicators' and 'data'");
            assertThat(issue.line()).isEqualTo(1);
        });
        assertThat(other.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("neither 'indicators' nor 'data'");
        assertThat(harvest.store.graphNames()).doesNotContain(HarvestSource.graphNameFor(IndicatorHarvest.SOURCE_ID));
    }

    @Test
    void anEmptyFileIsFatal() {
        HarvestReport report = harvest.harvest("empty.json");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).isEqualTo("The file is empty");
        });
    }
}
