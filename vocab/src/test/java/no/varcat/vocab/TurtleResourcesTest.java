package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TurtleResourcesTest {

    static Stream<String> turtleResources() {
        return Stream.concat(Stream.of(VarcatVocabulary.RESOURCE_PATH),
                Arrays.stream(ControlledVocabulary.values()).map(ControlledVocabulary::resourcePath));
    }

    @ParameterizedTest
    @MethodSource("turtleResources")
    void parsesStrictly(String resourcePath) {
        assertThat(ClasspathTurtle.read(resourcePath).isEmpty()).as(resourcePath).isFalse();
    }

    @Test
    void strictParsingFailsOnWhatLenientParsingOnlyWarnsAbout() {
        assertThatThrownBy(() -> ClasspathTurtle.read("/no/varcat/vocab/ill-typed.ttl"))
                .isInstanceOf(RiotException.class);
    }

    @Test
    void aMissingResourceIsNamedInTheError() {
        assertThatThrownBy(() -> ClasspathTurtle.read("/no/varcat/vocab/no-such.ttl"))
                .hasMessageContaining("no-such.ttl");
    }

    @Test
    void everyTurtleFileInTheVocabulariesDirectoryIsAControlledVocabulary() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getResource("/no/varcat/vocab/vocabularies").toURI());
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".ttl")).toList();
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ControlledVocabulary.values()).map(ControlledVocabulary::fileName).toList());
    }
}
