package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * varcat's own terms, only for what no standard vocabulary covers (harvest bookkeeping).
 * Prefer DCAT, DQV, DDI-RDF and PROV terms wherever they fit.
 */
public final class VARCAT {

    public static final String NS = "https://w3id.org/varcat/ns#";

    /** A configured harvest source; its content lives in a named graph of its own. */
    public static final Resource HarvestSource = ResourceFactory.createResource(NS + "HarvestSource");
    /** Format key of a harvest source, e.g. "turtle" or "ddi-codebook". */
    public static final Property sourceFormat = ResourceFactory.createProperty(NS + "sourceFormat");

    private VARCAT() {
    }
}
