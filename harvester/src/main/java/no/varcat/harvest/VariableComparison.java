package no.varcat.harvest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.vocab.DISCO;

/**
 * Counts the variables a harvest added, changed, kept as they were and removed, comparing the
 * source's graph before and after. A variable's content is what describes it and nothing else:
 * <ul>
 *   <li>the triples with the variable as subject;</li>
 *   <li>those of the nodes that are part of it, followed from it and from each other: blank nodes,
 *       the harvester's skolem IRIs ({@code https://w3id.org/varcat/genid/...}) and IRIs under the
 *       variable's own ({@code {variable}/...} or {@code {variable}#...}, e.g. its statistics);</li>
 *   <li>its code list (the {@code disco:representation} when the graph describes it) and the codes
 *       {@code skos:inScheme} that list, with their parts as above.</li>
 * </ul>
 * Other resources it points to (its dataset, a shared concept, a universe with an IRI of its own)
 * are not part of it, so one edited concept does not count every variable using it as changed. A
 * code list shared by several variables is part of each of them: a changed code changes them all.
 * Blank nodes left by the skolemiser (deeper than it goes) get new labels per parse, so a variable
 * holding one counts as changed on every harvest.
 */
final class VariableComparison {

    private VariableComparison() {
    }

    static VariableChanges compare(Graph before, Graph after) {
        Map<Node, Set<Triple>> old = contents(before);
        Map<Node, Set<Triple>> now = contents(after);
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        for (Map.Entry<Node, Set<Triple>> variable : now.entrySet()) {
            Set<Triple> previous = old.get(variable.getKey());
            if (previous == null) {
                added++;
            } else if (previous.equals(variable.getValue())) {
                unchanged++;
            } else {
                changed++;
            }
        }
        long removed = old.keySet().stream().filter(v -> !now.containsKey(v)).count();
        return new VariableChanges(added, changed, unchanged, removed);
    }

    private static Map<Node, Set<Triple>> contents(Graph graph) {
        Map<Node, Set<Triple>> contents = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), DISCO.Variable.asNode())
                .forEach(t -> contents.put(t.getSubject(), content(graph, t.getSubject())));
        return contents;
    }

    private static Set<Triple> content(Graph graph, Node variable) {
        Set<Triple> content = new HashSet<>();
        Set<Node> visited = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(variable);
        graph.find(variable, DISCO.representation.asNode(), Node.ANY).forEach(t -> {
            Node codeList = t.getObject();
            if (!codeList.isLiteral() && graph.contains(codeList, Node.ANY, Node.ANY)) {
                todo.add(codeList);
                graph.find(Node.ANY, SKOS.inScheme.asNode(), codeList).forEach(code -> todo.add(code.getSubject()));
            }
        });
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            if (!visited.add(node)) {
                continue;
            }
            graph.find(node, Node.ANY, Node.ANY).forEach(t -> {
                content.add(t);
                if (isPartOf(t.getObject(), variable)) {
                    todo.add(t.getObject());
                }
            });
        }
        return content;
    }

    private static boolean isPartOf(Node node, Node variable) {
        if (node.isBlank()) {
            return true;
        }
        if (!node.isURI()) {
            return false;
        }
        String iri = node.getURI();
        if (iri.startsWith(Skolemizer.GENID)) {
            return true;
        }
        String own = variable.isURI() ? variable.getURI() : null;
        return own != null && iri.length() > own.length() && iri.startsWith(own)
                && (iri.charAt(own.length()) == '/' || iri.charAt(own.length()) == '#');
    }
}
