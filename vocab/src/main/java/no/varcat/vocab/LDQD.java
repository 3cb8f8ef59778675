package no.varcat.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Linked Data quality dimensions and categories of Zaveri et al., as DQV publishes them
 * (https://www.w3.org/2016/05/ldqd). Each dimension is a dqv:Dimension in one dqv:Category.
 */
public final class LDQD {

    public static final String NS = "http://www.w3.org/2016/05/ldqd#";

    public static final Resource accessibilityDimensions = resource("accessibilityDimensions");
    public static final Resource intrinsicDimensions = resource("intrinsicDimensions");
    public static final Resource contextualDimensions = resource("contextualDimensions");
    public static final Resource representationalDimensions = resource("representationalDimensions");

    public static final Resource availability = resource("availability");
    public static final Resource licensing = resource("licensing");
    public static final Resource interlinking = resource("interlinking");
    public static final Resource security = resource("security");
    public static final Resource performance = resource("performance");

    public static final Resource syntacticValidity = resource("syntacticValidity");
    public static final Resource semanticAccuracy = resource("semanticAccuracy");
    public static final Resource consistency = resource("consistency");
    public static final Resource conciseness = resource("conciseness");
    /** The dimension of varcat:coverageRate (dekningsgrad). */
    public static final Resource completeness = resource("completeness");

    public static final Resource relevancy = resource("relevancy");
    public static final Resource trustworthiness = resource("trustworthiness");
    public static final Resource understandability = resource("understandability");
    public static final Resource timeliness = resource("timeliness");

    public static final Resource representationalConciseness = resource("representationalConciseness");
    public static final Resource interoperability = resource("interoperability");
    public static final Resource interpretability = resource("interpretability");
    public static final Resource versatility = resource("versatility");

    private LDQD() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }
}
