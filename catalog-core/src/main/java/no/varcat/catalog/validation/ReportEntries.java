package no.varcat.catalog.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Turns Jena's report entries into {@link Violation}s, naming the shape that a reader can look up. */
final class ReportEntries {

    // Property shapes are blank nodes nested a level or two below their named node shape.
    private static final int MAX_NESTING = 4;

    private final Graph shapesGraph;

    ReportEntries(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
    }

    Violation toViolation(ReportEntry entry) {
        return new Violation(
                term(entry.focusNode()),
                path(entry.resultPath()),
                entry.value() == null ? null : NodeFmtLib.strNT(entry.value()),
                Severity.of(entry.severity().level()),
                entry.message() == null ? "" : entry.message(),
                term(namedShape(entry.source())));
    }

    /** The shape itself when it has an IRI, else the nearest named shape holding it via sh:property. */
    private Node namedShape(Node shape) {
        Node current = shape;
        for (int i = 0; i < MAX_NESTING && current != null && current.isBlank(); i++) {
            current = holderOf(current);
        }
        return current != null && current.isURI() ? current : shape;
    }

    private Node holderOf(Node propertyShape) {
        ExtendedIterator<Triple> holders = shapesGraph.find(Node.ANY, SHACL.property, propertyShape);
        try {
            return holders.hasNext() ? holders.next().getSubject() : null;
        } finally {
            holders.close();
        }
    }

    private static String path(Path path) {
        if (path == null) {
            return null;
        }
        return path instanceof P_Link link ? link.getNode().getURI() : path.toString();
    }

    private static String term(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : NodeFmtLib.strNT(node);
    }
}
