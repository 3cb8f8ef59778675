package no.varcat.catalog.validation;

import java.util.List;

/**
 * The outcome of validating a graph: SHACL's conforms flag and every result, warnings included.
 *
 * @param conforms   true when there is no result at all (SHACL semantics: a warning also breaks it)
 * @param violations every result, in a stable order (focus node, path, message)
 */
public record ValidationResult(boolean conforms, List<Violation> violations) {

    public ValidationResult {
        violations = List.copyOf(violations);
        if (conforms != violations.isEmpty()) {
            throw new IllegalArgumentException("conforms must be true exactly when there are no results");
        }
    }

    /** The results of one severity, e.g. only the {@link Severity#VIOLATION}s that make data unusable. */
    public List<Violation> withSeverity(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).toList();
    }

    /** True when some result is a {@link Severity#VIOLATION}, not merely a warning or info. */
    public boolean hasViolations() {
        return violations.stream().anyMatch(v -> v.severity() == Severity.VIOLATION);
    }
}
