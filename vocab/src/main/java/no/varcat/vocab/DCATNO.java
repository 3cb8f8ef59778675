package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Norwegian extensions of DCAT-AP-NO 2.0 (https://data.norge.no/specification/dcat-ap-no):
 * legal bases for processing, restricting and giving access, and information models.
 */
public final class DCATNO {

    public static final String NS = "https://data.norge.no/vocabulary/dcatno#";

    /** The law that lets the publisher process the register's personal data; a dct:RightsStatement. */
    public static final Property legalBasisForProcessing = property("legalBasisForProcessing");
    public static final Property legalBasisForRestriction = property("legalBasisForRestriction");
    public static final Property legalBasisForAccess = property("legalBasisForAccess");
    public static final Property informationModel = property("informationModel");

    private DCATNO() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
