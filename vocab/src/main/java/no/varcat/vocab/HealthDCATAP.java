package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** HealthDCAT-AP extensions to DCAT-AP for health datasets. */
public final class HealthDCATAP {

    public static final String NS = "http://healthdataportal.eu/ns/health#";

    public static final Property numberOfRecords = property("numberOfRecords");
    public static final Property numberOfUniqueIndividuals = property("numberOfUniqueIndividuals");
    public static final Property populationCoverage = property("populationCoverage");
    public static final Property minTypicalAge = property("minTypicalAge");
    public static final Property maxTypicalAge = property("maxTypicalAge");
    public static final Property hasCodingSystem = property("hasCodingSystem");
    public static final Property healthTheme = property("healthTheme");

    private HealthDCATAP() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
