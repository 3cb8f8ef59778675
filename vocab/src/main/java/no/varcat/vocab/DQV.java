package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Data Quality Vocabulary (W3C Group Note, https://www.w3.org/TR/vocab-dqv/): coverage rates and quality indicators. */
public final class DQV {

    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Resource QualityMeasurement = resource("QualityMeasurement");
    public static final Resource Metric = resource("Metric");
    public static final Resource Dimension = resource("Dimension");
    public static final Resource Category = resource("Category");
    public static final Resource QualityAnnotation = resource("QualityAnnotation");
    public static final Resource QualityPolicy = resource("QualityPolicy");
    public static final Resource QualityMeasurementDataset = resource("QualityMeasurementDataset");

    /** The dataset or variable a measurement was computed on. */
    public static final Property computedOn = property("computedOn");
    /** The metric (e.g. varcat:coverageRate) a measurement is a value of. */
    public static final Property isMeasurementOf = property("isMeasurementOf");
    public static final Property value = property("value");
    public static final Property inDimension = property("inDimension");
    public static final Property inCategory = property("inCategory");
    public static final Property hasQualityMeasurement = property("hasQualityMeasurement");
    public static final Property hasQualityAnnotation = property("hasQualityAnnotation");
    public static final Property expectedDataType = property("expectedDataType");

    private DQV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
