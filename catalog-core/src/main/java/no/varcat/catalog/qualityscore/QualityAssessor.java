package no.varcat.catalog.qualityscore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import no.varcat.vocab.DISCO;

/**
 * Scores the registers of one graph, from that graph alone: a harvest scores what its source gave,
 * so the cost follows the source, never the catalog. See docs/quality.md.
 */
public final class QualityAssessor {

    private QualityAssessor() {
    }

    /**
     * What a source's graph says of each register it names, in IRI order: the MQA metrics of every
     * {@code dcat:Dataset} it describes, the variable metrics of every register it links variables to
     * (a codebook source adds variables to a register another source describes).
     */
    public static List<SourceAssessment> assessSource(Graph graph) {
        Model model = ModelFactory.createModelForGraph(graph);
        Set<String> described = new TreeSet<>();
        model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).filterKeep(Resource::isURIResource)
                .forEachRemaining(r -> described.add(r.getURI()));
        Set<String> withVariables = new TreeSet<>();
        model.listSubjectsWithProperty(DISCO.variable).filterKeep(Resource::isURIResource)
                .forEachRemaining(r -> withVariables.add(r.getURI()));
        Set<String> all = new TreeSet<>(described);
        all.addAll(withVariables);
        List<SourceAssessment> found = new ArrayList<>();
        for (String iri : all) {
            found.add(new SourceAssessment(assess(model.createResource(iri)), described.contains(iri), withVariables.contains(iri)));
        }
        return found;
    }

    /**
     * One register as one source's graph has it.
     *
     * @param describes     whether the graph describes the register (its MQA metrics count)
     * @param withVariables whether the graph links variables to it (its variable metrics count)
     */
    public record SourceAssessment(QualityScore score, boolean describes, boolean withVariables) {
    }

    /** The score of {@code datasetIri} as {@code graph} describes it. */
    public static QualityScore assess(Graph graph, String datasetIri) {
        return assess(ModelFactory.createModelForGraph(graph).createResource(datasetIri));
    }

    private static QualityScore assess(Resource dataset) {
        List<MetricResult> results = new ArrayList<>(MqaChecks.of(dataset));
        results.addAll(VariableCompleteness.of(dataset));
        return new QualityScore(dataset.getURI(), results);
    }
}
