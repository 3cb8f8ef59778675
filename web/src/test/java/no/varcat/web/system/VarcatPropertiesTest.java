package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class VarcatPropertiesTest {

    @Test
    void theBaseUriEndsWithASlashSetSoOrNot() {
        assertThat(bind("https://varcat.helsedata.no/katalog").baseUri()).hasToString("https://varcat.helsedata.no/katalog/");
        assertThat(bind("https://varcat.helsedata.no/").baseUri()).hasToString("https://varcat.helsedata.no/");
    }

    @Test
    void theSecretsAreNotInTheSettingsAsText() {
        VarcatProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "varcat.elasticsearch.url", "https://search.example.org:9200", "varcat.elasticsearch.api-key", "es-api-key-secret",
                "varcat.elasticsearch.password", "es-password-secret", "varcat.admin.password", "admin-password-secret")))
                .bindOrCreate("varcat", VarcatProperties.class);

        assertThat(properties.toString()).contains("search.example.org", "apiKey=(set)", "password=(set)").doesNotContain("secret");
    }

    private static VarcatProperties bind(String baseUri) {
        return new Binder(new MapConfigurationPropertySource(Map.of("varcat.base-uri", baseUri)))
                .bindOrCreate("varcat", VarcatProperties.class);
    }
}
