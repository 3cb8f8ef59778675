package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The sample catalog loads for a demo only, unless the operator says otherwise. */
class SampleDataDefaultTest {

    @Test
    void aFreshCheckoutLoadsTheSampleCatalog() {
        assertThat(bind(Map.of()).loadsSampleData()).isTrue();
    }

    @Test
    void aSetupWithItsOwnBaseUriOrSourcesDoesNot() {
        assertThat(bind(Map.of("varcat.base-uri", "https://varcat.helsedata.no/")).loadsSampleData()).isFalse();
        assertThat(bind(Map.of("varcat.sources-file", "/etc/varcat/sources.csv")).loadsSampleData()).isFalse();
    }

    @Test
    void theOperatorDecidesWhenTheSettingIsGiven() {
        assertThat(bind(Map.of("varcat.base-uri", "https://varcat.helsedata.no/", "varcat.sample-data.enabled", "true"))
                .loadsSampleData()).isTrue();
        assertThat(bind(Map.of("varcat.sample-data.enabled", "false")).loadsSampleData()).isFalse();
    }

    private static VarcatProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("varcat", VarcatProperties.class);
    }
}
