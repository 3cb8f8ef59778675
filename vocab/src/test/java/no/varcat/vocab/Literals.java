package no.varcat.vocab;

import java.util.List;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** Test helper: the language tags of a resource's literal values of one property. */
final class Literals {

    private Literals() {
    }

    /** One entry per literal, so a duplicate language shows up as a repeated tag. */
    static List<String> languages(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(statement -> statement.getObject())
                .filter(RDFNode::isLiteral)
                .map(node -> node.asLiteral().getLanguage())
                .toList();
    }
}
