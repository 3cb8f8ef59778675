package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Hydra Core (https://www.hydra-cg.com/spec/latest/core/), the terms the DCAT export pages its
 * catalog with: a page is a {@code hydra:PartialCollectionView} of the whole catalog.
 */
public final class HYDRA {

    public static final String NS = "http://www.w3.org/ns/hydra/core#";

    public static final Resource PartialCollectionView = resource("PartialCollectionView");

    public static final Property view = property("view");
    public static final Property totalItems = property("totalItems");
    public static final Property first = property("first");
    public static final Property last = property("last");
    public static final Property next = property("next");
    public static final Property previous = property("previous");

    private HYDRA() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
