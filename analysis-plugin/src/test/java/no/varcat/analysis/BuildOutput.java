package no.varcat.analysis;

import java.nio.file.Path;

/** Locations in target/ handed over by surefire (see the module pom). */
final class BuildOutput {

    private BuildOutput() {
    }

    static Path descriptorDir() {
        return Path.of(required("varcat.plugin.descriptorDir"));
    }

    static Path classesDir() {
        return Path.of(required("varcat.plugin.classesDir"));
    }

    static String projectVersion() {
        return required("varcat.plugin.version");
    }

    static String elasticsearchVersion() {
        return required("varcat.plugin.elasticsearchVersion");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }
}
