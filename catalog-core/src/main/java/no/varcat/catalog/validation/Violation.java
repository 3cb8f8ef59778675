package no.varcat.catalog.validation;

import java.util.Objects;

/**
 * One SHACL validation result, as plain strings so that a harvest report can store it as it is.
 *
 * @param focusNode   IRI (or {@code _:label}) of the resource the result is about
 * @param path        IRI of the property, a SPARQL property path for complex paths, or null for a
 *                    result about the resource as a whole
 * @param value       the offending value in N-Triples syntax, or null when a value is missing
 * @param severity    how bad it is
 * @param message     what is wrong, in plain words (the shape's {@code sh:message})
 * @param sourceShape IRI of the named shape that reported it (the node shape of a blank property shape)
 */
public record Violation(String focusNode, String path, String value, Severity severity, String message,
        String sourceShape) {

    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceShape, "sourceShape");
    }

    /** One line for logs and reports: severity, focus node, path and message. */
    public String format() {
        return severity + " " + focusNode + (path == null ? "" : " " + path) + ": " + message;
    }
}
