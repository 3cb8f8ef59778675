package no.varcat.harvest.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.IssueCollector;

/** The indicators and measurements the reader produces pass varcat's SHACL shapes without a single result. */
class IndicatorShapesTest {

    @Test
    void indicatorsAndMeasurementsConform() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = IndicatorShapesTest.class.getResourceAsStream("indicators.json")) {
            IssueCollector issues = new IssueCollector();
            new IndicatorJsonReader().read(in, "urn:test", StreamRDFLib.graph(graph), issues);
            assertThat(issues.issues()).isEmpty();
        }

        assertThat(new ProfileValidator().validate(graph).violations()).extracting(Violation::format).isEmpty();
    }
}
