package no.varcat.catalog.text;

import org.apache.jena.rdf.model.RDFNode;

/** Plain values out of query results, where OPTIONAL patterns may leave a variable unbound. */
public final class RdfValues {

    private RdfValues() {
    }

    /** A literal's lexical form or a resource's IRI; null when unbound or a blank node. */
    public static String lexical(RDFNode node) {
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : null;
    }

    /** The year of an {@code xsd:date}, {@code xsd:gYear} or {@code xsd:dateTime}; null when there is none. */
    public static Integer year(RDFNode node) {
        String lexical = node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
        return lexical != null && lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(lexical.substring(0, 4)) : null;
    }
}
