package no.varcat.catalog.officialshapes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Files of the shared reference folder beside the checkout (../../shared/reference from this
 * module), read in place, never copied. Absent (a user's clone): the test is skipped, saying so;
 * under CI=true it fails instead.
 */
final class OfficialReference {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../shared/reference").normalize();

    private OfficialReference() {
    }

    static Path file(String relative) {
        Path file = FOLDER.resolve(relative);
        if (!Files.isRegularFile(file)) {
            String missing = "Reference file " + file + " is absent (the shared reference folder sits beside the project"
                    + " checkout only on the team's machines).";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(missing + " CI=true, so this is a failure.");
            }
            Assumptions.abort(missing + " Skipped because CI is not true.");
        }
        return file;
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
