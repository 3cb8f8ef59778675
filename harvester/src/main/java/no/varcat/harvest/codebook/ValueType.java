package no.varcat.harvest.codebook;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

/** The value domain a codebook type names: an XSD datatype, or a code list of the variable's own. */
enum ValueType {
    INTEGER(XSD.integer.asNode()),
    DECIMAL(XSD.decimal.asNode()),
    STRING(XSD.xstring.asNode()),
    DATE(XSD.date.asNode()),
    DATE_TIME(XSD.dateTime.asNode()),
    BOOLEAN(XSD.xboolean.asNode()),
    CODE(null);

    private final Node datatype;

    ValueType(Node datatype) {
        this.datatype = datatype;
    }

    /** The XSD datatype IRI used as disco:representation; empty for a code list. */
    Optional<Node> datatype() {
        return Optional.ofNullable(datatype);
    }
}
