package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * named_components.json is hand-written and Elasticsearch 8.19 trusts it instead of scanning the
 * jar, so a component missing from it silently does not exist on the server. This test derives
 * the same map from the compiled classes and requires an exact match.
 */
class NamedComponentsFileTest {

    private static List<Class<?>> components;

    @BeforeAll
    static void scanCompiledClasses() throws IOException {
        Path root = BuildOutput.classesDir();
        try (Stream<Path> files = Files.walk(root)) {
            components = files
                    .filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(root, file))
                    .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
                    .map(NamedComponentsFileTest::load)
                    .filter(type -> type.isAnnotationPresent(NamedComponent.class))
                    .toList();
        }
    }

    @Test
    void listsExactlyTheAnnotatedClassesUnderTheInterfacesTheyImplement() throws IOException {
        assertThat(components).hasSize(6);
        assertThat(readNamedComponentsFile()).isEqualTo(expectedFromClasses());
    }

    @Test
    void everyComponentCanBeInstantiatedByTheServer() {
        // Mirrors the server's rules: one public constructor, either without parameters or
        // annotated @Inject with only @AnalysisSettings interfaces as parameters.
        for (Class<?> component : components) {
            Constructor<?>[] constructors = component.getConstructors();
            assertThat(constructors).as("public constructors of %s", component).hasSize(1);
            Constructor<?> constructor = constructors[0];
            if (constructor.getParameterCount() > 0) {
                assertThat(constructor.isAnnotationPresent(Inject.class)).as("@Inject on %s", constructor).isTrue();
                assertThat(constructor.getParameterTypes())
                        .allSatisfy(type -> assertThat(type.isInterface() && type.isAnnotationPresent(AnalysisSettings.class))
                                .as("%s is an @AnalysisSettings interface", type)
                                .isTrue());
            }
        }
    }

    @Test
    void componentNamesAreUnique() {
        assertThat(components.stream().map(c -> c.getAnnotation(NamedComponent.class).value())).doesNotHaveDuplicates();
    }

    private static Map<String, Map<String, String>> readNamedComponentsFile() throws IOException {
        // Duplicate keys would otherwise be merged silently, hiding a copy-paste mistake.
        JsonMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        String json = Files.readString(BuildOutput.descriptorDir().resolve("named_components.json"));
        return mapper.readValue(json, new TypeReference<Map<String, Map<String, String>>>() {});
    }

    private static Map<String, Map<String, String>> expectedFromClasses() {
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (Class<?> component : components) {
            String name = component.getAnnotation(NamedComponent.class).value();
            for (Class<?> extensible : extensibleInterfaces(component)) {
                expected.computeIfAbsent(extensible.getName(), k -> new TreeMap<>()).put(name, component.getName());
            }
        }
        return expected;
    }

    /** All supertypes annotated {@code @Extensible}, found through interfaces and superclasses. */
    private static Set<Class<?>> extensibleInterfaces(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Set<Class<?>> extensibles = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> current = queue.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current.isAnnotationPresent(Extensible.class)) {
                extensibles.add(current);
            }
            queue.addAll(Arrays.asList(current.getInterfaces()));
            if (current.getSuperclass() != null) {
                queue.add(current.getSuperclass());
            }
        }
        return extensibles;
    }

    private static String className(Path root, Path classFile) {
        String relative = root.relativize(classFile).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace(java.io.File.separatorChar, '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NamedComponentsFileTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
