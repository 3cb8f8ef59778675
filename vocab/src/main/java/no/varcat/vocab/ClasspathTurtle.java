package no.varcat.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/** Reads one of this module's Turtle resources from the classpath. */
final class ClasspathTurtle {

    private ClasspathTurtle() {
    }

    /**
     * Parses strictly: these files ship with varcat, so even a warning (a bad IRI, an unknown
     * datatype) is a bug to fail on rather than data to make the best of.
     */
    static Model read(String resourcePath) {
        try (InputStream in = ClasspathTurtle.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resourcePath + " on the classpath");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourcePath, e);
        }
    }
}
