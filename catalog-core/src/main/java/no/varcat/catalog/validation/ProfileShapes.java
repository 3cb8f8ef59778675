package no.varcat.catalog.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * varcat's own SHACL shapes for the profile in docs/model.md, shipped by the vocab module.
 */
public final class ProfileShapes {

    /** Classpath location of the shapes, in the vocab module. */
    public static final String RESOURCE = "no/varcat/vocab/shapes/varcat-shapes.ttl";

    /** Namespace of the shape IRIs, e.g. {@code varcatsh:RegisterShape}. */
    public static final String NS = "https://w3id.org/varcat/shapes#";

    private ProfileShapes() {
    }

    /** The parsed shapes, shared: parsing takes a while and a {@link Shapes} is not changed by validation. */
    public static Shapes shapes() {
        return Parsed.SHAPES;
    }

    /** A fresh copy of the shapes graph, parsed strictly, e.g. to list or inspect the shapes. */
    public static Graph graph() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ProfileShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: is varcat-vocab a dependency?");
            }
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    // Holder idiom: parsed on first use, once, without locking.
    private static final class Parsed {
        static final Shapes SHAPES = Shapes.parse(graph());
    }
}
