package no.varcat.harvest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.text.Sha256;

/**
 * Replaces blank nodes by IRIs derived from what they say (their properties and values, nested
 * blank nodes included), so that harvesting the same content again gives the same triples: a
 * re-harvest does not churn, and equal content is recognised as unchanged.
 */
final class Skolemizer {

    static final String GENID = "https://w3id.org/varcat/genid/";
    /** Deep enough for DCAT's nesting (dataset → distribution → checksum); cycles stop here too. */
    private static final int MAX_DEPTH = 8;

    private Skolemizer() {
    }

    /** The graph itself when it has no blank nodes, else a copy with each replaced. */
    static Graph skolemize(Graph graph, String sourceId) {
        Set<Node> blanks = new HashSet<>();
        graph.find().forEach(t -> {
            if (t.getSubject().isBlank()) {
                blanks.add(t.getSubject());
            }
            if (t.getObject().isBlank()) {
                blanks.add(t.getObject());
            }
        });
        if (blanks.isEmpty()) {
            return graph;
        }
        Map<Node, Node> iris = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node blank : blanks) {
            String signature = signature(graph, blank, 0);
            // Two blank nodes saying exactly the same thing stay two resources.
            int n = seen.merge(signature, 1, Integer::sum);
            iris.put(blank, NodeFactory.createURI(GENID + sourceId + "/" + digest(signature + (n > 1 ? "#" + n : ""))));
        }
        Graph result = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> result.add(Triple.create(iris.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                iris.getOrDefault(t.getObject(), t.getObject()))));
        return result;
    }

    private static String signature(Graph graph, Node node, int depth) {
        List<String> lines = new ArrayList<>();
        graph.find(node, Node.ANY, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            String value = !o.isBlank() ? NodeFmtLib.strNT(o) : depth < MAX_DEPTH ? "[" + signature(graph, o, depth + 1) + "]" : "[]";
            lines.add(NodeFmtLib.strNT(t.getPredicate()) + " " + value);
        });
        if (depth == 0) {
            // Who points at it matters too: two empty-looking nodes under different parents differ.
            graph.find(Node.ANY, Node.ANY, node).forEach(t -> lines.add("^" + NodeFmtLib.strNT(t.getPredicate()) + " "
                    + (t.getSubject().isBlank() ? "[]" : NodeFmtLib.strNT(t.getSubject()))));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static String digest(String text) {
        return Sha256.hex(text, 12);
    }
}
