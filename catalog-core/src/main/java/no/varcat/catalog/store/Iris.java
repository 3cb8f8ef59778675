package no.varcat.catalog.store;

import java.util.Collection;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** IRIs that come from outside (request parameters) are checked before they reach a query. */
public final class Iris {

    private Iris() {
    }

    /** Whether {@code text} is an absolute IRI by RFC 3987; anything else can name no resource in the store. */
    public static boolean isAbsolute(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    /**
     * A SPARQL {@code VALUES ?variable { <iri> ... }} block of the absolute IRIs among {@code iris};
     * anything else is left out, so no text from outside can change the query's shape.
     */
    public static String values(String variable, Collection<String> iris) {
        StringBuilder values = new StringBuilder("VALUES ?").append(variable).append(" { ");
        iris.stream().filter(Iris::isAbsolute).filter(iri -> iri.indexOf('>') < 0).distinct()
                .forEach(iri -> values.append('<').append(iri).append("> "));
        return values.append('}').toString();
    }

    /** Whether {@link #values} would list anything. */
    public static boolean anyAbsolute(Collection<String> iris) {
        return iris.stream().anyMatch(iri -> isAbsolute(iri) && iri.indexOf('>') < 0);
    }
}
