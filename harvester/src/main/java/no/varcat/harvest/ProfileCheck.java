package no.varcat.harvest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.vocab.ControlledVocabularies;
import no.varcat.vocab.DISCO;

/**
 * Checks what a source produced before it lands. Standards first, our profile second: a register
 * published in RDF is left out, with its variables, only when it cannot be shown at all
 * ({@link ShowableRegisters}: not even a title); whatever else varcat's shapes find is a warning in
 * the run's report, naming the register, and the register lands. So a dataset the official
 * DCAT-AP-NO 2.0 shapes accept always lands, however short of varcat's profile it falls (no contact
 * point, no Bokmål or English title, no identifier). What the other readers produce is never left
 * out: they write the profile themselves, so a gap there is missing metadata in the source.
 */
final class ProfileCheck {

    /** Enough to act on; a source with thousands of the same problem gets a count instead. */
    private static final int MAX_REPORTED = 50;
    private static final Set<String> RDF_FORMATS = Set.of("turtle", "rdfxml", "jsonld", "ntriples", "trig");
    private static final int TYPE_LOOKUP_BATCH = 500;
    private static final Node DATASET_SERIES = NodeFactory.createURI(DCAT.NS + "DatasetSeries");

    private final CatalogStore store;
    private final ProfileValidator validator = new ProfileValidator();
    private final Graph codingSystems = ControlledVocabularies.codingSystems().getGraph();

    ProfileCheck(CatalogStore store) {
        this.store = store;
    }

    /** Returns what may land: {@code scratch} itself, or a copy without the registers that cannot be shown. */
    Graph apply(HarvestSource source, Graph scratch, IssueCollector issues) {
        Set<Node> subjects = new HashSet<>();
        scratch.find().forEach(t -> subjects.add(t.getSubject()));
        Graph context = inContext(source, scratch, subjects);
        ValidationResult result = validator.validate(context);
        Set<String> typed = new HashSet<>();
        context.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> typed.add("<" + t.getSubject() + ">"));
        Map<Node, String> rejected = leftOut(source, scratch);
        int reported = 0;
        // Left-out registers first, so that no count of warnings hides why one is missing.
        for (Map.Entry<Node, String> register : rejected.entrySet()) {
            if (reported++ < MAX_REPORTED) {
                issues.addAbout(HarvestIssue.Severity.ERROR, "Register left out: <" + register.getKey() + "> "
                        + register.getValue() + ".", about(register.getKey()));
            }
        }
        for (Violation v : result.violations()) {
            Node focus = NodeFactory.createURI(v.focusNode());
            if (!subjects.contains(focus) || pointsToTheUnknown(v, typed)) {
                continue;
            }
            boolean register = scratch.contains(focus, RDF.type.asNode(), DCAT.Dataset.asNode());
            if (reported++ < MAX_REPORTED) {
                if (register) {
                    issues.addAbout(HarvestIssue.Severity.WARNING, "Register " + (rejected.containsKey(focus) ? "" : "harvested, but ")
                            + "incomplete: " + named(scratch, focus) + ": " + v.message(), about(focus));
                } else {
                    issues.add(HarvestIssue.Severity.WARNING, "Does not conform to the profile: " + describe(v), -1, -1);
                }
            }
        }
        reported = notShownAsRegisters(scratch, context, issues, reported);
        if (reported > MAX_REPORTED) {
            issues.add(HarvestIssue.Severity.WARNING, (reported - MAX_REPORTED) + " more profile problems not listed", -1, -1);
        }
        return rejected.isEmpty() ? scratch : without(scratch, rejected.keySet());
    }

    /** The registers of {@code scratch} that {@link #apply} leaves out, each with the reason, in words for its publisher. */
    static Map<Node, String> leftOut(HarvestSource source, Graph scratch) {
        return RDF_FORMATS.contains(source.format()) ? ShowableRegisters.unshowable(scratch) : Map.of();
    }

    /**
     * What a catalog lists as a dataset but nothing describes as a {@code dcat:Dataset} is not a
     * register, so there is no page to show it on: said, since the shapes cannot judge an IRI the
     * catalog knows nothing about.
     */
    private static int notShownAsRegisters(Graph scratch, Graph context, IssueCollector issues, int reported) {
        int count = reported;
        for (Triple listed : scratch.find(Node.ANY, DCAT.dataset.asNode(), Node.ANY).toList()) {
            Node dataset = listed.getObject();
            // A dataset series (DCAT 3) is listed by catalogs too; its member datasets are the registers.
            if (context.contains(dataset, RDF.type.asNode(), DCAT.Dataset.asNode())
                    || context.contains(dataset, RDF.type.asNode(), DATASET_SERIES)) {
                continue;
            }
            if (count++ < MAX_REPORTED) {
                issues.add(HarvestIssue.Severity.WARNING, "Not shown as a register: " + dataset + " is listed in the catalog <"
                        + listed.getSubject() + "> (dcat:dataset), but nothing describes it as a dcat:Dataset", -1, -1);
            }
        }
        return count;
    }

    /** The register as its publisher knows it: its title, then its IRI. */
    private static String named(Graph scratch, Node register) {
        String title = ShowableRegisters.title(scratch, register);
        return (title == null ? "" : "«" + title + "» ") + "<" + register + ">";
    }

    private static String about(Node node) {
        return node.isURI() ? node.getURI() : null;
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
