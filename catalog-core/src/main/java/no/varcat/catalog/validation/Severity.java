package no.varcat.catalog.validation;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** How bad a validation result is: SHACL's three severities. */
public enum Severity {
    /** Worth knowing; nothing is wrong. */
    INFO,
    /** The profile recommends something the data lacks. */
    WARNING,
    /** The profile requires something the data breaks. */
    VIOLATION;

    /** Maps {@code sh:Info} and {@code sh:Warning}; anything else, including custom severities, is a violation. */
    static Severity of(Node level) {
        if (SHACL.Info.equals(level)) {
            return INFO;
        }
        return SHACL.Warning.equals(level) ? WARNING : VIOLATION;
    }
}
