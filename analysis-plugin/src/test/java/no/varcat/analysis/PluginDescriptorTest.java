package no.varcat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The filtered stable-plugin-descriptor.properties that goes into the plugin zip. */
class PluginDescriptorTest {

    @Test
    void hasExactlyTheStablePluginKeysWithFilteredVersions() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(
                BuildOutput.descriptorDir().resolve("stable-plugin-descriptor.properties"), StandardCharsets.UTF_8)) {
            descriptor.load(reader);
        }

        // "classname" must be absent: the server refuses it for stable plugins.
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("name", "description", "version", "elasticsearch.version", "java.version");
        assertThat(descriptor.getProperty("name")).isEqualTo("varcat-analysis");
        assertThat(descriptor.getProperty("description")).isNotBlank();
        assertThat(descriptor.getProperty("version")).isEqualTo(BuildOutput.projectVersion());
        assertThat(descriptor.getProperty("elasticsearch.version"))
                .isEqualTo(BuildOutput.elasticsearchVersion())
                .isEqualTo("8.19.21");
        assertThat(descriptor.getProperty("java.version")).isEqualTo("17");
    }
}
