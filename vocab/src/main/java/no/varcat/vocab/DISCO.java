package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DDI-RDF Discovery Vocabulary: variables, their representations and the datasets holding them. */
public final class DISCO {

    public static final String NS = "http://rdf-vocabulary.ddialliance.org/discovery#";

    public static final Resource Variable = resource("Variable");
    public static final Resource RepresentedVariable = resource("RepresentedVariable");

    /** Links a dataset (register) to a variable it holds. */
    public static final Property variable = property("variable");
    /** The value domain of a variable: a skos:ConceptScheme code list or a datatype IRI. */
    public static final Property representation = property("representation");
    public static final Property basedOn = property("basedOn");
    public static final Property universe = property("universe");

    private DISCO() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
