package no.varcat.catalog.store;

import java.util.Collection;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** IRIs that come from outside (request parameters) are checked before they reach a query. */
public final class Iris {

    private Iris() {
    }

    /**
     * Whether {@code text} is an IRI with a scheme by RFC 3987, fragment allowed; anything else can name
     * no resource in the store. (IRIx's isAbsolute is RFC 3986's absolute-URI, which has no fragment:
     * it would refuse a DDI codebook's study, {@code {base}#study}, and any hash IRI.)
     */
    public static boolean isAbsolute(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        try {
            IRIx.create(text);
            int hash = text.indexOf('#');
            return IRIx.create(hash < 0 ? text : text.substring(0, hash)).isAbsolute();
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
