package no.varcat.harvest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * Keeps a record of the variables a source stopped publishing (docs/model.md, "Removed
 * variables"): notation, labels and the day they were found gone, in a graph per source.
 */
public final class RemovedVariables {

    private RemovedVariables() {
    }

    public static String graphName(String sourceId) {
        return "urn:varcat:removed:" + sourceId;
    }

    /**
     * The record after this harvest: what was recorded before, less the variables the source has
     * again, plus those it had last time and not now.
     */
    static Graph record(Graph before, Graph previous, Graph current, LocalDate today) {
        Set<Node> now = variables(current);
        Graph record = GraphFactory.createDefaultGraph();
        before.find().forEach(t -> {
            if (!now.contains(t.getSubject())) {
                record.add(t);
            }
        });
        for (Node gone : variables(previous)) {
            if (now.contains(gone) || record.contains(gone, VARCAT.removedOn.asNode(), Node.ANY)) {
                continue;
            }
            record.add(Triple.create(gone, VARCAT.removedOn.asNode(),
                    NodeFactory.createLiteralDT(today.toString(), XSDDatatype.XSDdate)));
            previous.find(gone, SKOS.notation.asNode(), Node.ANY).forEach(record::add);
            previous.find(gone, SKOS.prefLabel.asNode(), Node.ANY).forEach(record::add);
        }
        return record;
    }

    private static Set<Node> variables(Graph graph) {
        Set<Node> variables = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), DISCO.Variable.asNode()).forEach(t -> variables.add(t.getSubject()));
        return variables;
    }
}
