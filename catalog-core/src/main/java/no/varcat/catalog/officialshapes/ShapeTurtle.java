package no.varcat.catalog.officialshapes;

import java.io.ByteArrayInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Reads one file of a shape set: Turtle, holding SHACL and no data, or a {@link ShapeSetException} saying where it is not. */
public final class ShapeTurtle {

    private ShapeTurtle() {
    }

    /**
     * The file's triples.
     *
     * @param base the IRI its relative IRIs resolve against (where it was fetched from, or a stand-in)
     * @throws ShapeSetException at the first error, with its line and column; or when no triple uses the SHACL vocabulary
     */
    public static Graph parse(String fileName, byte[] bytes, String base) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base(base).errorHandler(STOP_AT_ERRORS).parse(graph);
        } catch (RiotParseException e) {
            throw new ShapeSetException(fileName, e.getLine(), e.getCol(), fileName + " is not Turtle: line " + e.getLine() + ", column "
                    + e.getCol() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new ShapeSetException(fileName, -1, -1, fileName + " is not Turtle: " + e.getMessage());
        }
        if (!graph.find().filterKeep(ShapeTurtle::usesShacl).hasNext()) {
            throw new ShapeSetException(fileName, -1, -1, fileName + " holds no SHACL: none of its " + graph.size()
                    + " triples uses the SHACL vocabulary (" + SHACL.getURI() + ")");
        }
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).filterDrop(t -> VOCABULARY_TYPES.stream()
                .anyMatch(ns -> t.getObject().isURI() && t.getObject().getURI().startsWith(ns))).nextOptional().ifPresent(t -> {
                    throw new ShapeSetException(fileName, -1, -1, fileName + " holds data as well as shapes: " + t.getSubject()
                            + " is a " + t.getObject() + ". The store's catalog would show it; give the shapes only");
                });
        return graph;
    }

    /**
     * A shapes file types its shapes, classes and ontology, nothing else. Its graph sits in the store
     * beside the harvested ones, where a register or a variable it typed would be shown as the catalog's.
     */
    private static final java.util.List<String> VOCABULARY_TYPES = java.util.List.of(SHACL.getURI(), RDF.getURI(),
            org.apache.jena.vocabulary.RDFS.getURI(), org.apache.jena.vocabulary.OWL.getURI());

    private static boolean usesShacl(org.apache.jena.graph.Triple t) {
        return inShacl(t.getPredicate()) || inShacl(t.getObject());
    }

    private static boolean inShacl(Node node) {
        return node.isURI() && node.getURI().startsWith(SHACL.getURI());
    }

    /** Warnings (an unusual IRI, say) do not stop a file the validators of its publisher accept; errors do, where they are. */
    private static final ErrorHandler STOP_AT_ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };
}
