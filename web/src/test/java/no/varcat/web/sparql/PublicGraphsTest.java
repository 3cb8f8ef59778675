package no.varcat.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.RemovedVariables;
import no.varcat.harvest.source.SourceRegistry;

class PublicGraphsTest {

    @Test
    void aSourcesHarvestedContentIsPublic() {
        assertThat(PublicGraphs.VISIBLE.test(HarvestSource.graphNameFor("mfr"))).isTrue();
        assertThat(PublicGraphs.VISIBLE.test("urn:varcat:source:nkr-kodebok")).isTrue();
    }

    @Test
    void theRegistryTheLogsTheRemovalRecordsAndAnythingElseAreNot() {
        assertThat(PublicGraphs.VISIBLE.test(SourceRegistry.GRAPH)).isFalse();
        assertThat(PublicGraphs.VISIBLE.test("urn:varcat:harvest-log:mfr")).isFalse();
        assertThat(PublicGraphs.VISIBLE.test(RemovedVariables.graphName("mfr"))).isFalse();
        assertThat(PublicGraphs.VISIBLE.test(HarvestSource.idsGraphNameFor("mfr"))).isFalse();
        assertThat(PublicGraphs.VISIBLE.test(HarvestSource.iriFor("mfr"))).isFalse();
        assertThat(PublicGraphs.VISIBLE.test("urn:varcat:source:")).isFalse();
        assertThat(PublicGraphs.VISIBLE.test("urn:varcat:source:mfr:log")).isFalse();
        assertThat(PublicGraphs.VISIBLE.test("https://sample.varcat.no/fhi/mfr")).isFalse();
        assertThat(PublicGraphs.VISIBLE.test(null)).isFalse();
    }
}
