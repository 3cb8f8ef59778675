package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** DCAT-AP's own terms (namespace {@code http://data.europa.eu/r5r/}), from DCAT-AP 3. */
public final class DCATAP {

    public static final String NS = "http://data.europa.eu/r5r/";

    /** The law a catalog, dataset or distribution falls under (an ELI IRI). */
    public static final Property applicableLegislation = property("applicableLegislation");

    private DCATAP() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
