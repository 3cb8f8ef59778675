package no.varcat.harvest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.catalog.change.Change;
import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.change.ChangeType;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.VariableComparison.Compared;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.Prefixes;

/**
 * What writing a source's new graph over its old one does to the catalog's registers and variables:
 * each one added, changed or removed (what counts as a change is said in {@link VariableComparison}),
 * with its register, the register's publisher and its label, ready for the change log; and the
 * variable counts of the run. Everything comes from the two graphs, except the publisher of a
 * register another source describes, asked of the store for this source's registers only: the cost
 * follows the source, never the catalog.
 *
 * @param changes   registers first, then variables, each in IRI order
 * @param variables the counts a harvest run records
 */
public record ChangeSet(List<Change> changes, VariableChanges variables) {

    private static final String PUBLISHERS = """
            SELECT ?r ?p WHERE { %s ?r dct:publisher ?p . FILTER(isIRI(?p)) }
            """;

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    /** The changes from {@code before} (the source's stored graph; empty for a new source) to {@code after} (empty for a deleted one). */
    public static ChangeSet between(Graph before, Graph after, CatalogStore store) {
        Compared registers = VariableComparison.registers(before, after);
        Compared variables = VariableComparison.variables(before, after);
        Map<Node, Node> registerOf = new HashMap<>();
        variables.changed().forEach((variable, type) -> registerOf(type == ChangeType.REMOVED ? before : after, variable)
                .ifPresent(register -> registerOf.put(variable, register)));
        Set<Node> allRegisters = new TreeSet<>(Comparator.comparing(Node::toString));
        allRegisters.addAll(registers.changed().keySet());
        allRegisters.addAll(registerOf.values());
        Map<Node, Node> publisherOf = publishers(allRegisters, after, before, store);

        List<Change> changes = new ArrayList<>();
        registers.changed().forEach((register, type) -> changes.add(change(type, ResourceKind.REGISTER, register, register,
                publisherOf.get(register), label(type == ChangeType.REMOVED ? before : after, register, DCTerms.title.asNode()))));
        variables.changed().forEach((variable, type) -> {
            Node register = registerOf.get(variable);
            changes.add(change(type, ResourceKind.VARIABLE, variable, register, register == null ? null : publisherOf.get(register),
                    label(type == ChangeType.REMOVED ? before : after, variable, SKOS.prefLabel.asNode())));
        });
        return new ChangeSet(changes.stream().filter(c -> c != null).toList(), VariableComparison.counts(variables));
    }

    /** The change log entry of these changes, written by {@code activity} (a harvest run, a source deletion) at {@code recorded}. */
    public GraphChange logged(String activity, Instant recorded) {
        return ChangeLog.append(activity, recorded, changes);
    }

    /** A change of a resource with an IRI; blank nodes have no address to follow, so they are not logged. */
    private static Change change(ChangeType type, ResourceKind kind, Node resource, Node register, Node publisher, LocalizedText label) {
        if (!resource.isURI()) {
            return null;
        }
        return new Change(type, kind, resource.getURI(), iri(register), iri(publisher), label);
    }

    private static Optional<Node> registerOf(Graph graph, Node variable) {
        return graph.find(Node.ANY, DISCO.variable.asNode(), variable).mapWith(t -> t.getSubject()).filterKeep(Node::isURI)
                .toList().stream().min(Comparator.comparing(Node::getURI));
    }

    /** Each register's publisher from the graphs; for a register they do not give one, from the store. */
    private static Map<Node, Node> publishers(Set<Node> registers, Graph after, Graph before, CatalogStore store) {
        Map<Node, Node> publishers = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Node register : registers) {
            Optional<Node> publisher = publisher(after, register).or(() -> publisher(before, register));
            publisher.ifPresent(p -> publishers.put(register, p));
            if (publisher.isEmpty() && register.isURI()) {
                unknown.add(register.getURI());
            }
        }
        if (Iris.anyAbsolute(unknown)) {
            String query = new ParameterizedSparqlString(Prefixes.sparqlPrologue() + PUBLISHERS.formatted(Iris.values("r", unknown))).toString();
            store.select(query, row -> publishers.putIfAbsent(row.getResource("r").asNode(), row.getResource("p").asNode()));
        }
        return publishers;
    }

    private static Optional<Node> publisher(Graph graph, Node register) {
        return graph.find(register, DCTerms.publisher.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .toList().stream().min(Comparator.comparing(Node::getURI));
    }

    private static LocalizedText label(Graph graph, Node resource, Node property) {
        LocalizedText label = LocalizedText.EMPTY;
        for (Node literal : graph.find(resource, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList()) {
            label = label.withDefault(literal.getLiteralLanguage(), literal.getLiteralLexicalForm());
        }
        return label;
    }

    private static String iri(Node node) {
        return node != null && node.isURI() ? node.getURI() : null;
    }
}
