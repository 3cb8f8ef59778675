package no.varcat.harvest.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.vocab.DISCO;

/**
 * The coverage measurements both presets produce pass varcat's SHACL shapes. The registers and the
 * variable they are computed on come from other sources; here they are only typed, so results about
 * them (a register without a title) are not this reader's and are left out.
 */
class CoverageShapesTest {

    @Test
    void measurementsOfBothPresetsConform() throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        read(graph, "skde-small.csv", new SourceContext("urn:test", CoverageHarvest.SKDE_REGISTER, "skde"));
        read(graph, "plain-good.csv", new SourceContext("urn:test", null, "plain"));
        type(graph, CoverageHarvest.SKDE_REGISTER, DCAT.Dataset.getURI());
        type(graph, CoverageHarvest.MFR, DCAT.Dataset.getURI());
        type(graph, CoverageHarvest.MFR + "/variable/VEKT", DISCO.Variable.getURI());

        assertThat(new ProfileValidator().validate(graph).violations())
                .filteredOn(v -> v.focusNode().contains("/coverage/"))
                .extracting(Violation::format)
                .isEmpty();
    }

    private static void read(Graph graph, String fixture, SourceContext context) throws IOException {
        try (InputStream in = CoverageShapesTest.class.getResourceAsStream(fixture)) {
            IssueCollector issues = new IssueCollector();
            new CoverageCsvReader().read(in, context, StreamRDFLib.graph(graph), issues);
            assertThat(issues.issues()).isEmpty();
        }
    }

    private static void type(Graph graph, String iri, String type) {
        graph.add(Triple.create(NodeFactory.createURI(iri), RDF.type.asNode(), NodeFactory.createURI(type)));
    }
}
