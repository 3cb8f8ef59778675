package no.varcat.catalog.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void aTextOnlyInAnotherLanguageIsShownAsItIs() {
        LocalizedText title = LocalizedText.EMPTY.withDefault("sv", "Medicinska födelseregistret");

        assertThat(title.isEmpty()).isFalse();
        assertThat(title.in("nb")).isEqualTo("Medicinska födelseregistret");
        assertThat(title.in("en")).isEqualTo("Medicinska födelseregistret");
        assertThat(title.languageOf("nb")).isEqualTo("sv");
    }

    @Test
    void norwegianAndEnglishComeBeforeAnyOtherLanguage() {
        LocalizedText title = LocalizedText.EMPTY.withDefault("de", "Geburtsregister").withDefault("en", "Birth register");

        assertThat(title.in("nb")).isEqualTo("Birth register");
        assertThat(title.languageOf("nb")).isEqualTo("en");
        assertThat(title.languageOf("en")).isEqualTo("en");
    }

    @Test
    void ofSeveralOtherLanguagesTheSameIsKeptWhateverTheOrder() {
        LocalizedText one = LocalizedText.EMPTY.withDefault("sv", "Svensk").withDefault("da", "Dansk").withDefault("de", "Deutsch");
        LocalizedText other = LocalizedText.EMPTY.withDefault("de", "Deutsch").withDefault("sv", "Svensk").withDefault("da", "Dansk");

        assertThat(one).isEqualTo(other);
        assertThat(one.in("nb")).isEqualTo("Dansk");
    }

    @Test
    void onlyThePrimarySubtagCounts() {
        LocalizedText title = LocalizedText.EMPTY.withDefault("en-GB", "Birth register").withDefault("nb-NO", "Fødselsregister");

        assertThat(title.en()).isEqualTo("Birth register");
        assertThat(title.nb()).isEqualTo("Fødselsregister");
        assertThat(title.other()).isNull();
    }

    @Test
    void mergingKeepsTheOtherLanguage() {
        LocalizedText merged = new LocalizedText(null, null, null).withDefaults(LocalizedText.EMPTY.withDefault("da", "Dansk"));

        assertThat(merged.in("en")).isEqualTo("Dansk");
    }
}
