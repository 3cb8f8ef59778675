package no.varcat.catalog.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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

    /** The date of an {@code xsd:date} or {@code xsd:dateTime} (its first ten characters); null when there is none. */
    public static LocalDate date(RDFNode node) {
        String lexical = node != null && node.isLiteral() ? node.asLiteral().getLexicalForm().strip() : null;
        if (lexical == null || lexical.length() < 10 || !lexical.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
