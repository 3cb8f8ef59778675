package no.varcat.harvest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.Violation;

/**
 * The official DCAT-AP-NO 2.0 shapes and examples, read in place from {@code ../shared/reference/}
 * beside the project (never copied into it). Without that folder a test using them is skipped,
 * saying why; with {@code CI=true} it fails instead.
 */
final class OfficialDcatApNo2 {

    // Tests run in the module directory: project at .../main/harvester, shared at .../shared.
    private static final Path FOLDER = Path.of("../../shared/reference/dcat-ap-no");
    private static final Path SHAPES = FOLDER.resolve("DCAT-AP-NO-shacl_shapes_2.00.ttl");

    private OfficialDcatApNo2() {
    }

    /** A file of the reference folder, e.g. the official examples; skips (or fails on CI) when absent. */
    static Path file(String name) {
        Path file = FOLDER.resolve(name);
        if (!Files.isRegularFile(file)) {
            String missing = "The official DCAT-AP-NO 2.0 file is not at " + file.toAbsolutePath().normalize()
                    + " (../shared/reference is absent in this checkout).";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + " CI=true, so this is a failure.");
            }
            Assumptions.abort(missing + " Skipped because CI is not true.");
        }
        return file;
    }

    /** The results of severity sh:Violation the official shapes find in {@code data}, computed with Jena SHACL. */
    static List<Violation> violations(Graph data) {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(file(SHAPES.getFileName().toString()).toString()));
        return new ProfileValidator(shapes).validate(data).withSeverity(Severity.VIOLATION);
    }
}
