package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The EU Core Vocabularies (https://semiceu.github.io/CCCEV/, namespace {@code http://data.europa.eu/m8g/}):
 * HealthDCAT-AP asks its agents (publisher, health data access body) for a {@code cv:ContactPoint}.
 */
public final class CV {

    public static final String NS = "http://data.europa.eu/m8g/";

    public static final Resource ContactPoint = resource("ContactPoint");

    public static final Property contactPoint = property("contactPoint");
    public static final Property contactPage = property("contactPage");
    public static final Property email = property("email");

    private CV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
