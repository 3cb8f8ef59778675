package no.varcat.catalog.qualityscore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.vocab.DQV;
import no.varcat.vocab.PROV;

/**
 * Where a harvest's quality measurements live (see docs/quality.md). Each successful run of a source
 * writes, in its own transaction, one {@code dqv:QualityMeasurement} per metric and register its
 * graph names into {@code urn:varcat:quality:{source}}, replacing the previous run's; the previous
 * run's totals move to {@code urn:varcat:quality-history:{source}}, which keeps the totals of the
 * {@value #HISTORY_RUNS} runs before. Everything read and written is the source's own: the cost
 * follows the source, never the catalog.
 */
public final class QualityGraph {

    /** How many earlier runs' totals the history keeps per source (so per register). */
    public static final int HISTORY_RUNS = 19;

    /** The MQA total of one run for one register: data.norge.no's score metric. */
    public static final String MQA_SCORE = QualityDimension.MQA + "score";
    /** The variable metrics' points of one run for one register. */
    public static final String VARIABLE_SCORE = QualityMetric.VARCAT_NS + "variableScore";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node MEASUREMENT = DQV.QualityMeasurement.asNode();
    private static final Node COMPUTED_ON = DQV.computedOn.asNode();
    private static final Node MEASUREMENT_OF = DQV.isMeasurementOf.asNode();
    private static final Node VALUE = DQV.value.asNode();
    private static final Node GENERATED_BY = PROV.wasGeneratedBy.asNode();
    private static final Node GENERATED_AT = PROV.generatedAtTime.asNode();

    private QualityGraph() {
    }

    public static String latestGraphName(String sourceId) {
        return "urn:varcat:quality:" + sourceId;
    }

    public static String historyGraphName(String sourceId) {
        return "urn:varcat:quality-history:" + sourceId;
    }

    /** The two graphs as they become with run {@code runIri} of the source, which wrote {@code harvested}. */
    public static List<GraphChange> afterRun(CatalogStore store, String sourceId, Graph harvested, String runIri, Instant at) {
        Graph history = store.readGraph(historyGraphName(sourceId));
        Graph previous = store.readGraph(latestGraphName(sourceId));
        previous.find(Node.ANY, MEASUREMENT_OF, Node.ANY)
                .filterKeep(t -> t.getObject().isURI() && isTotal(t.getObject().getURI())).toList()
                .forEach(t -> previous.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(history::add));
        return List.of(new GraphChange.Replace(latestGraphName(sourceId), measurements(QualityAssessor.assessSource(harvested), runIri, at)),
                new GraphChange.Replace(historyGraphName(sourceId), newest(history, HISTORY_RUNS)));
    }

    /** Empties both graphs, for a source being deleted. */
    public static List<GraphChange> dropped(String sourceId) {
        return List.of(new GraphChange.Replace(latestGraphName(sourceId), GraphFactory.createDefaultGraph()),
                new GraphChange.Replace(historyGraphName(sourceId), GraphFactory.createDefaultGraph()));
    }

    static boolean isTotal(String metricIri) {
        return MQA_SCORE.equals(metricIri) || VARIABLE_SCORE.equals(metricIri);
    }

    /** The measurements of one run: what the graph says of each register, and the totals of that. */
    static Graph measurements(List<QualityAssessor.SourceAssessment> assessed, String runIri, Instant at) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI(runIri);
        Node time = NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime);
        int[] n = {0};
        for (QualityAssessor.SourceAssessment a : assessed) {
            Node dataset = NodeFactory.createURI(a.score().datasetIri());
            int variablePoints = 0;
            for (MetricResult r : a.score().results()) {
                boolean variable = r.metric().dimension() == QualityDimension.VARIABLES;
                // Not measured is no measurement, as at data.norge.no; a source counts for what it gives.
                if (!r.metric().measured() || (variable ? !a.withVariables() : !a.describes())) {
                    continue;
                }
                Node value = variable
                        ? NodeFactory.createLiteralDT(BigDecimal.valueOf(r.share()).setScale(4, RoundingMode.HALF_UP).toPlainString(),
                                XSDDatatype.XSDdecimal)
                        : NodeFactory.createLiteralDT(Boolean.toString(r.complete()), XSDDatatype.XSDboolean);
                write(graph, runIri, ++n[0], dataset, r.metric().iri(), value, run, time);
                variablePoints += variable ? r.points() : 0;
            }
            if (a.describes()) {
                write(graph, runIri, ++n[0], dataset, MQA_SCORE, integer(a.score().mqaPoints()), run, time);
            }
            if (a.withVariables()) {
                write(graph, runIri, ++n[0], dataset, VARIABLE_SCORE, integer(variablePoints), run, time);
            }
        }
        return graph;
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    private static void write(Graph graph, String runIri, int n, Node dataset, String metric, Node value, Node run, Node time) {
        Node m = NodeFactory.createURI(runIri + ":quality:" + n);
        graph.add(Triple.create(m, TYPE, MEASUREMENT));
        graph.add(Triple.create(m, COMPUTED_ON, dataset));
        graph.add(Triple.create(m, MEASUREMENT_OF, NodeFactory.createURI(metric)));
        graph.add(Triple.create(m, VALUE, value));
        graph.add(Triple.create(m, GENERATED_BY, run));
        graph.add(Triple.create(m, GENERATED_AT, time));
    }

    private static Instant instant(String lexical) {
        try {
            return java.time.OffsetDateTime.parse(lexical).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The measurements of the {@code runs} newest runs in {@code history}. */
    private static Graph newest(Graph history, int runs) {
        Map<String, Instant> runTimes = new TreeMap<>();
        history.find(Node.ANY, GENERATED_BY, Node.ANY).forEachRemaining(t -> {
            Triple at = history.find(t.getSubject(), GENERATED_AT, Node.ANY).nextOptional().orElse(null);
            runTimes.put(t.getObject().toString(), at == null ? Instant.EPOCH : instant(at.getObject().getLiteralLexicalForm()));
        });
        Set<String> kept = new HashSet<>(runTimes.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue(Comparator.reverseOrder())).limit(runs)
                .map(Map.Entry::getKey).toList());
        Graph newest = GraphFactory.createDefaultGraph();
        history.find(Node.ANY, GENERATED_BY, Node.ANY).filterKeep(t -> kept.contains(t.getObject().toString())).toList()
                .forEach(t -> history.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(newest::add));
        return newest;
    }
}
