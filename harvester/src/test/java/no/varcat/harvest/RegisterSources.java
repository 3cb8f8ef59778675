package no.varcat.harvest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real files registers publish, read in place from {@code ../shared/reference/register-sources/}
 * beside the project (see its README for where each comes from). Without that folder a test is
 * skipped, saying why; with {@code CI=true} it fails instead, since CI must run them.
 */
public final class RegisterSources {

    // Tests run in the module directory: the project at .../main/harvester, the reference at .../shared.
    private static final Path FOLDER = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../shared/reference/register-sources").normalize();
    private static final Path REFERENCE = FOLDER.getParent();

    private RegisterSources() {
    }

    /** A file of register-sources/, or the test is skipped (failed on CI) when it is absent. */
    public static Path file(String name) {
        return require(FOLDER.resolve(name));
    }

    /** A file elsewhere in the reference folder, such as {@code dcat-ap-no/example-dataset-series.ttl}. */
    public static Path reference(String relative) {
        return require(REFERENCE.resolve(relative));
    }

    private static Path require(Path file) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        String missing = "Reference file not found at " + file + " (../shared/reference is absent in this checkout).";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(missing + " CI=true, so this is a failure.");
        }
        Assumptions.abort(missing + " Skipped because CI is not true.");
        return file;
    }
}
