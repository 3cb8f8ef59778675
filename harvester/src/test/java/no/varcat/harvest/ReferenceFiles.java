package no.varcat.harvest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real public files in the shared reference folder beside the checkout (../../shared/reference
 * from this module), read in place. Where the folder is absent (a user's clone) a test needing one
 * is skipped, saying so; under CI=true it fails instead, so CI never passes by skipping.
 */
public final class ReferenceFiles {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../shared/reference/register-sources").normalize();

    private ReferenceFiles() {
    }

    /** A file of ../shared/reference/register-sources. */
    public static Path registerSource(String name) {
        Path file = SOURCES.resolve(name);
        if (!Files.isReadable(file)) {
            String missing = "Reference file " + file + " is absent (the shared reference folder sits beside the project"
                    + " checkout only on the team's machines).";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + " CI=true, so this is a failure.");
            }
            Assumptions.abort(missing + " Skipped because CI is not true.");
        }
        return file;
    }
}
