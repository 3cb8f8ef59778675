package no.varcat.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module dependencies point one way: vocab <- catalog-core <- harvester <- web. Checked both in
 * the poms and in the Java imports, since a wrong import would compile through a transitive path.
 */
class ModuleDependencyDirectionTest {

    private static final List<String> LAYERS = List.of("vocab", "catalog-core", "harvester", "web");
    private static final Map<String, String> PACKAGE_OF = Map.of(
            "vocab", "no.varcat.vocab",
            "catalog-core", "no.varcat.catalog",
            "harvester", "no.varcat.harvest",
            "web", "no.varcat.web");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>varcat-([a-z-]+)</artifactId>");

    private final Path root = Path.of("..").toAbsolutePath().normalize();

    @Test
    void pomsDependOnlyOnLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : LAYERS) {
            String pom = Files.readString(root.resolve(module).resolve("pom.xml"));
            String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.lastIndexOf("</dependencies>"));
            Matcher m = ARTIFACT.matcher(dependencies);
            while (m.find()) {
                String target = m.group(1);
                if (LAYERS.contains(target) && LAYERS.indexOf(target) >= LAYERS.indexOf(module)) {
                    violations.add(module + " depends on " + target);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void sourcesImportOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String module : LAYERS) {
            int rank = LAYERS.indexOf(module);
            List<String> forbidden = LAYERS.subList(rank + 1, LAYERS.size()).stream().map(PACKAGE_OF::get).toList();
            Path sources = root.resolve(module).resolve("src");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import ") && forbidden.stream().anyMatch(p -> line.contains(" " + p + "."))) {
                            violations.add(root.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesEveryLayer() {
        assertThat(LAYERS).allSatisfy(module -> assertThat(root.resolve(module).resolve("pom.xml")).exists());
    }
}
