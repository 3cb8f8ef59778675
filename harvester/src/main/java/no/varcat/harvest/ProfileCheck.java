package no.varcat.harvest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.vocab.ControlledVocabularies;
import no.varcat.vocab.DISCO;

/**
 * Checks what a source produced against varcat's shapes before it lands. A register published in
 * RDF that violates them is left out, with its variables, and reported; the source's other
 * registers land. What the other readers produce is reported but kept: they write the profile
 * themselves, so a violation there is missing metadata in the source, not a broken register.
 */
final class ProfileCheck {

    /** Enough to act on; a source with thousands of the same problem gets a count instead. */
    private static final int MAX_REPORTED = 50;
    private static final Set<String> RDF_FORMATS = Set.of("turtle", "rdfxml", "jsonld", "ntriples", "trig");
    private static final int TYPE_LOOKUP_BATCH = 500;

    private final CatalogStore store;
    private final ProfileValidator validator = new ProfileValidator();
    private final Graph codingSystems = ControlledVocabularies.codingSystems().getGraph();

    ProfileCheck(CatalogStore store) {
        this.store = store;
    }

    /** Returns what may land: {@code scratch} itself, or a copy without the registers that violate the shapes. */
    Graph apply(HarvestSource source, Graph scratch, IssueCollector issues) {
        Set<Node> subjects = new HashSet<>();
        scratch.find().forEach(t -> subjects.add(t.getSubject()));
        Graph context = inContext(source, scratch, subjects);
        ValidationResult result = validator.validate(context);
        Set<String> typed = new HashSet<>();
        context.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> typed.add("<" + t.getSubject() + ">"));
        boolean rdfSource = RDF_FORMATS.contains(source.format());
        Set<Node> rejected = new LinkedHashSet<>();
        int reported = 0;
        for (Violation v : result.violations()) {
            Node focus = NodeFactory.createURI(v.focusNode());
            if (!subjects.contains(focus) || pointsToTheUnknown(v, typed)) {
                continue;
            }
            boolean rejectRegister = rdfSource && v.severity() == Severity.VIOLATION
                    && scratch.contains(focus, RDF.type.asNode(), DCAT.Dataset.asNode());
            if (rejectRegister) {
                rejected.add(focus);
            }
            if (reported++ < MAX_REPORTED) {
                issues.add(rejectRegister ? HarvestIssue.Severity.ERROR : HarvestIssue.Severity.WARNING,
                        (rejectRegister ? "Register left out: " : "Does not conform to the profile: ") + describe(v), -1, -1);
            }
        }
        if (reported > MAX_REPORTED) {
            issues.add(HarvestIssue.Severity.WARNING, (reported - MAX_REPORTED) + " more profile problems not listed", -1, -1);
        }
        return rejected.isEmpty() ? scratch : without(scratch, rejected);
    }

    /**
     * A value that is an IRI nothing in the catalog describes yet (a coverage file harvested before
     * its register, say) cannot be judged by class; it is not reported until it can be.
     */
    private static boolean pointsToTheUnknown(Violation v, Set<String> typed) {
        return v.value() != null && v.value().startsWith("<") && !typed.contains(v.value());
    }

    private static String describe(Violation v) {
        return "<" + v.focusNode() + ">" + (v.path() == null ? "" : " " + v.path()) + ": " + v.message();
    }

    /**
     * The source's graph plus the types of what it points to elsewhere in the catalog (a coverage
     * rate's register, say) and the code systems vocab declares, since shapes check classes only
     * within the graph they are given.
     */
    private Graph inContext(HarvestSource source, Graph scratch, Set<Node> subjects) {
        Graph context = GraphFactory.createDefaultGraph();
        codingSystems.find().forEach(context::add);
        Set<String> referenced = new LinkedHashSet<>();
        scratch.find().forEach(t -> {
            context.add(t);
            if (t.getObject().isURI() && !subjects.contains(t.getObject()) && !t.getPredicate().equals(RDF.type.asNode())) {
                referenced.add(t.getObject().getURI());
            }
        });
        List<String> batch = new ArrayList<>();
        for (String iri : referenced) {
            batch.add(iri);
            if (batch.size() == TYPE_LOOKUP_BATCH) {
                addTypes(context, batch, source);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            addTypes(context, batch, source);
        }
        return context;
    }

    private void addTypes(Graph context, List<String> iris, HarvestSource source) {
        // The source's own previous graph does not vouch for what it now points to.
        String query = "SELECT ?s ?type WHERE { GRAPH ?g { " + Iris.values("s", iris) + " ?s a ?type } FILTER(?g != <"
                + source.graphName() + ">) }";
        store.select(query, row -> context.add(Triple.create(row.getResource("s").asNode(), RDF.type.asNode(),
                row.getResource("type").asNode())));
    }

    /** A copy without the rejected registers, their variables, and the links to them. */
    private static Graph without(Graph scratch, Set<Node> registers) {
        Set<Node> gone = new HashSet<>(registers);
        for (Node register : registers) {
            scratch.find(register, DISCO.variable.asNode(), Node.ANY).forEach(t -> gone.add(t.getObject()));
        }
        Graph kept = GraphFactory.createDefaultGraph();
        scratch.find().forEach(t -> {
            if (!gone.contains(t.getSubject()) && !gone.contains(t.getObject())) {
                kept.add(t);
            }
        });
        return kept;
    }
}
