package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** PROV-O, the W3C provenance ontology (https://www.w3.org/TR/prov-o/): harvest runs and what they wrote. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = resource("Entity");
    public static final Resource Activity = resource("Activity");
    public static final Resource Agent = resource("Agent");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");
    public static final Resource Organization = resource("Organization");
    public static final Resource Person = resource("Person");
    public static final Resource Attribution = resource("Attribution");

    public static final Property used = property("used");
    /** From a source's named graph to the harvest run that wrote it. */
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property generated = property("generated");
    public static final Property startedAtTime = property("startedAtTime");
    public static final Property endedAtTime = property("endedAtTime");
    public static final Property generatedAtTime = property("generatedAtTime");
    public static final Property wasAssociatedWith = property("wasAssociatedWith");
    public static final Property wasAttributedTo = property("wasAttributedTo");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property wasInformedBy = property("wasInformedBy");
    public static final Property qualifiedAttribution = property("qualifiedAttribution");
    public static final Property agent = property("agent");

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
