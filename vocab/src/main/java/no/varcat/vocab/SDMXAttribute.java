package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * SDMX content-oriented guidelines as RDF, attributes (https://github.com/UKGovLD/publishing-statistical-data):
 * the unit a variable is measured in.
 */
public final class SDMXAttribute {

    public static final String NS = "http://purl.org/linked-data/sdmx/2009/attribute#";

    /** The unit of measure of a variable, a unit IRI (QUDT, e.g. unit:GM). */
    public static final Property unitMeasure = property("unitMeasure");
    public static final Property unitMult = property("unitMult");
    public static final Property decimals = property("decimals");
    public static final Property obsStatus = property("obsStatus");

    private SDMXAttribute() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
