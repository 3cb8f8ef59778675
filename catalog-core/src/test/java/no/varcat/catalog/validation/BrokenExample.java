package no.varcat.catalog.validation;

import org.apache.jena.graph.Graph;

/**
 * A valid example broken by one SPARQL update, with the shape and message that must report it.
 *
 * @param example  the valid example it starts from (see {@link ShapeExamples})
 * @param change   what the update does, in words (the test's display name)
 * @param update   the SPARQL update that breaks it
 * @param shape    local name of the node shape that must report it
 * @param message  a part of the expected sh:message
 * @param severity the expected severity
 */
record BrokenExample(String example, String change, String update, String shape, String message, Severity severity) {

    static BrokenExample violation(String example, String change, String update, String shape, String message) {
        return new BrokenExample(example, change, update, shape, message, Severity.VIOLATION);
    }

    static BrokenExample warning(String example, String change, String update, String shape, String message) {
        return new BrokenExample(example, change, update, shape, message, Severity.WARNING);
    }

    Graph graph() {
        return ShapeExamples.broken(example, update);
    }

    @Override
    public String toString() {
        return shape + ": " + change;
    }
}
