package no.varcat.harvest;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.catalog.change.ChangeType;
import no.varcat.vocab.DISCO;

/**
 * Finds the variables (and the registers, {@link #registers}) a harvest added, changed, kept as
 * they were and removed, comparing the source's graph before and after. A variable's content is what describes it and nothing else:
 * <ul>
 *   <li>the triples with the variable as subject;</li>
 *   <li>those of the nodes that are part of it, followed from it and from each other: blank nodes,
 *       the harvester's skolem IRIs ({@code https://w3id.org/varcat/genid/...}) and IRIs under the
 *       variable's own ({@code {variable}/...} or {@code {variable}#...}, e.g. its statistics);</li>
 *   <li>its code list (the {@code disco:representation} when the graph describes it) and the codes
 *       {@code skos:inScheme} that list, with their parts as above and the IRIs under each code's own
 *       (its period, {@code {code}#period}).</li>
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
        return counts(variables(before, after));
    }

    static VariableChanges counts(Compared variables) {
        Map<ChangeType, Long> counts = variables.changed().values().stream()
                .collect(Collectors.groupingBy(type -> type, () -> new EnumMap<>(ChangeType.class), Collectors.counting()));
        return new VariableChanges(counts.getOrDefault(ChangeType.ADDED, 0L), counts.getOrDefault(ChangeType.CHANGED, 0L),
                variables.unchanged(), counts.getOrDefault(ChangeType.REMOVED, 0L));
    }

    /** What happened to each variable of either graph that is not as it was. */
    static Compared variables(Graph before, Graph after) {
        return compared(contents(before, DISCO.Variable.asNode(), null), contents(after, DISCO.Variable.asNode(), null));
    }

    /**
     * What happened to each register ({@code dcat:Dataset}) of either graph that is not as it was. A
     * register's content is its description, found as a variable's is, less its {@code disco:variable}
     * list: a variable added or removed is a change of its own, not one of its register too.
     */
    static Compared registers(Graph before, Graph after) {
        Node dataset = DCAT.Dataset.asNode();
        return compared(contents(before, dataset, DISCO.variable.asNode()), contents(after, dataset, DISCO.variable.asNode()));
    }

    /**
     * @param changed   each resource added, changed or removed, in IRI order
     * @param unchanged how many are as they were
     */
    record Compared(Map<Node, ChangeType> changed, long unchanged) {
    }

    private static Compared compared(Map<Node, Set<Triple>> old, Map<Node, Set<Triple>> now) {
        Map<Node, ChangeType> changed = new TreeMap<>(Comparator.comparing(Node::toString));
        long unchanged = 0;
        for (Map.Entry<Node, Set<Triple>> resource : now.entrySet()) {
            Set<Triple> previous = old.get(resource.getKey());
            if (previous == null) {
                changed.put(resource.getKey(), ChangeType.ADDED);
            } else if (previous.equals(resource.getValue())) {
                unchanged++;
            } else {
                changed.put(resource.getKey(), ChangeType.CHANGED);
            }
        }
        old.keySet().stream().filter(r -> !now.containsKey(r)).forEach(r -> changed.put(r, ChangeType.REMOVED));
        return new Compared(changed, unchanged);
    }

    /** The content of each resource of {@code type}, without the triples whose predicate is {@code left} (null: none left out). */
    private static Map<Node, Set<Triple>> contents(Graph graph, Node type, Node left) {
        Map<Node, Set<Triple>> contents = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), type)
                .forEach(t -> contents.put(t.getSubject(), content(graph, t.getSubject(), left)));
        return contents;
    }

    private static Set<Triple> content(Graph graph, Node variable, Node left) {
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
                if (t.getPredicate().equals(left)) {
                    return;
                }
                content.add(t);
                // A code's own parts too: the period it is in force, at {code}#period.
                if (isPartOf(t.getObject(), variable) || isPartOf(t.getObject(), node)) {
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
