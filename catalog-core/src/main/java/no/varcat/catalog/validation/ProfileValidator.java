package no.varcat.catalog.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Validates RDF against SHACL shapes: by default varcat's profile ({@link ProfileShapes}), or any
 * other shapes such as the official DCAT-AP-NO ones. Classes are checked only within the graph
 * given, so validate a source together with whatever it points to that must be typed.
 */
public final class ProfileValidator {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::path, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Violation::message)
            .thenComparing(Violation::value, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Shapes shapes;
    private final ReportEntries entries;

    /** A validator for varcat's own profile. */
    public ProfileValidator() {
        this(ProfileShapes.shapes());
    }

    public ProfileValidator(Shapes shapes) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.entries = new ReportEntries(shapes.getGraph());
    }

    /** Validates the graph; never throws for invalid data, which is what the result is for. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = report.getEntries().stream().map(entries::toViolation).sorted(ORDER).toList();
        return new ValidationResult(report.conforms(), violations);
    }
}
