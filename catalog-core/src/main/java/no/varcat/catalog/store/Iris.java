package no.varcat.catalog.store;

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
}
