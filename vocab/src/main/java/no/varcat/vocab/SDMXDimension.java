package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * SDMX content-oriented guidelines as RDF, dimensions (https://github.com/UKGovLD/publishing-statistical-data):
 * the year and reporting unit of a quality measurement.
 */
public final class SDMXDimension {

    public static final String NS = "http://purl.org/linked-data/sdmx/2009/dimension#";

    /** The year a measurement is for, an xsd:gYear. */
    public static final Property refPeriod = property("refPeriod");
    /** The reporting unit (hospital, health trust) or region a measurement is for. */
    public static final Property refArea = property("refArea");
    public static final Property timePeriod = property("timePeriod");
    public static final Property sex = property("sex");
    public static final Property age = property("age");
    public static final Property civilStatus = property("civilStatus");

    private SDMXDimension() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
