package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import no.varcat.catalog.text.LocalizedText;

class TextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aTitleOnlyInSwedishIsGivenUnderItsTag() {
        Text text = Text.of(LocalizedText.EMPTY.withDefault("sv", "Medicinska födelseregistret"));

        assertThat(JSON.writeValueAsString(text)).isEqualTo("{\"sv\":\"Medicinska födelseregistret\"}");
    }

    @Test
    void norwegianAndEnglishAreGivenAsBefore() {
        Text text = Text.of(LocalizedText.EMPTY.withDefault("nb", "Fødselsvekt").withDefault("de", "Geburtsgewicht"));

        assertThat(JSON.writeValueAsString(text)).isEqualTo("{\"nb\":\"Fødselsvekt\"}");
    }
}
