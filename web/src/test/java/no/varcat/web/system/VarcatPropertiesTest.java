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

    private static VarcatProperties bind(String baseUri) {
        return new Binder(new MapConfigurationPropertySource(Map.of("varcat.base-uri", baseUri)))
                .bindOrCreate("varcat", VarcatProperties.class);
    }
}
