package no.varcat.catalog.officialshapes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.vocab.ControlledVocabularies;

/**
 * A registered {@link ShapeSet} parsed as SHACL, ready to check data; immutable, so shared by every
 * request of an instance.
 */
public final class CompiledShapeSet {

    /** The EU vocabularies varcat ships, whose concepts the official shapes check by class and scheme. */
    private static final Graph VOCABULARIES = ControlledVocabularies.all().getGraph();

    private final ShapeSet set;
    private final Shapes shapes;
    private final ProfileValidator validator;

    private CompiledShapeSet(ShapeSet set, Shapes shapes) {
        this.set = set;
        this.shapes = shapes;
        this.validator = new ProfileValidator(shapes);
    }

    /**
     * Parses the set's shapes. A property shape without {@code sh:path} (HealthDCAT-AP Release 8
     * lists an {@code sh:or} of constraints so, which SHACL does not allow and Jena refuses, while the
     * EU validator lets it through) is read as what it means: a node shape of its own with its
     * holder's targets, the same constraints on the focus node itself, with its own severity and message.
     *
     * @throws ShapeSetException when the graph is not SHACL, or has no shape that targets anything
     */
    public static CompiledShapeSet compile(ShapeSet set, Graph registered) {
        Graph graph = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(graph, registered);
        pathlessPropertiesAsNodes(graph);
        Shapes shapes;
        try {
            shapes = Shapes.parse(graph);
        } catch (RuntimeException e) {
            // Jena's SHACL parser answers some malformed shapes (sh:minCount "many") with a ClassCastException, not its own.
            throw new ShapeSetException(null, -1, -1, "The files are not valid SHACL: " + e.getMessage());
        }
        if (shapes.numRootShapes() == 0) {
            throw new ShapeSetException(null, -1, -1, "The files hold no SHACL shape with a target (sh:targetClass, "
                    + "sh:targetNode, sh:targetSubjectsOf, sh:targetObjectsOf): they would check nothing");
        }
        return new CompiledShapeSet(set, shapes);
    }

    public ShapeSet set() {
        return set;
    }

    /** How many shapes have a target. */
    public int rootShapes() {
        return shapes.numRootShapes();
    }

    /**
     * Every result of the set about {@code data}'s own nodes. The data is checked beside the EU
     * vocabularies varcat ships (a theme's concept scheme, say), as the portals' validators load
     * theirs; what the shapes say about those vocabularies is not the data's fault and left out.
     */
    public ValidationResult check(Graph data) {
        Graph merged = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(merged, data);
        GraphUtil.addInto(merged, VOCABULARIES);
        Set<String> own = new HashSet<>();
        data.find().forEach(t -> {
            own.add(term(t.getSubject()));
            own.add(term(t.getObject()));
        });
        List<Violation> about = validator.validate(merged).violations().stream().filter(v -> own.contains(v.focusNode())).toList();
        return new ValidationResult(about.isEmpty(), about);
    }

    private static String term(Node node) {
        return node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : "";
    }

    private static void pathlessPropertiesAsNodes(Graph shapes) {
        List<Triple> pathless = shapes.find(Node.ANY, SHACL.property, Node.ANY)
                .filterKeep(t -> !shapes.contains(t.getObject(), SHACL.path, Node.ANY)).toList();
        pathless.forEach(t -> {
            shapes.delete(t);
            // A node shape of its own, with its holder's targets: its severity and message stay its own.
            for (Node target : List.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)) {
                shapes.find(t.getSubject(), target, Node.ANY).toList()
                        .forEach(held -> shapes.add(Triple.create(t.getObject(), target, held.getObject())));
            }
            if (shapes.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.RDFS.Class.asNode())
                    || shapes.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
                            org.apache.jena.vocabulary.OWL.Class.asNode())) {
                // An implicit class target: the holder is itself the class.
                shapes.add(Triple.create(t.getObject(), SHACL.targetClass, t.getSubject()));
            }
        });
    }
}
