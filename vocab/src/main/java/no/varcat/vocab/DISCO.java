package no.varcat.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * DDI-RDF Discovery Vocabulary (https://rdf-vocabulary.ddialliance.org/discovery.html): variables,
 * their representations and the datasets holding them.
 */
public final class DISCO {

    public static final String NS = "http://rdf-vocabulary.ddialliance.org/discovery#";

    public static final Resource Variable = resource("Variable");
    public static final Resource RepresentedVariable = resource("RepresentedVariable");
    public static final Resource Universe = resource("Universe");
    public static final Resource Question = resource("Question");
    public static final Resource Questionnaire = resource("Questionnaire");
    public static final Resource Study = resource("Study");
    public static final Resource LogicalDataSet = resource("LogicalDataSet");
    public static final Resource DataFile = resource("DataFile");
    public static final Resource SummaryStatistics = resource("SummaryStatistics");
    public static final Resource AnalysisUnit = resource("AnalysisUnit");

    /** Links a dataset (register) to a variable it holds. */
    public static final Property variable = property("variable");
    /** The value domain of a variable: a skos:ConceptScheme code list or a datatype IRI. */
    public static final Property representation = property("representation");
    /** From a register's variable to the register-independent disco:RepresentedVariable behind it. */
    public static final Property basedOn = property("basedOn");
    public static final Property universe = property("universe");
    public static final Property question = property("question");
    public static final Property questionText = property("questionText");
    public static final Property concept = property("concept");
    public static final Property analysisUnit = property("analysisUnit");
    public static final Property product = property("product");
    public static final Property dataFile = property("dataFile");
    public static final Property caseQuantity = property("caseQuantity");
    public static final Property variableQuantity = property("variableQuantity");

    private DISCO() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
