package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Asset Description Metadata Schema (W3C Note, https://www.w3.org/TR/vocab-adms/), the terms DCAT-AP
 * and DCAT-AP-NO borrow: other identifiers, status, version notes, samples.
 */
public final class ADMS {

    public static final String NS = "http://www.w3.org/ns/adms#";

    public static final Resource Identifier = resource("Identifier");
    public static final Resource Asset = resource("Asset");

    /** "Other identifier": links to an adms:Identifier, since dct:identifier only takes a literal. */
    public static final Property identifier = property("identifier");
    public static final Property schemeAgency = property("schemeAgency");
    public static final Property status = property("status");
    public static final Property versionNotes = property("versionNotes");
    public static final Property sample = property("sample");

    private ADMS() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
