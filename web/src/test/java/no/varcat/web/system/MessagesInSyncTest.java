package no.varcat.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every label has a bokmål and an English text. */
class MessagesInSyncTest {

    @Test
    void bokmaalAndEnglishHaveTheSameKeys() throws Exception {
        Properties nb = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).as("keys of messages_en.properties")
                .containsExactlyInAnyOrderElementsOf(nb.stringPropertyNames());
        nb.forEach((key, value) -> assertThat(value.toString()).as("bokmål text of " + key).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as("English text of " + key).isNotBlank());
    }

    /**
     * A text with arguments goes through {@link java.text.MessageFormat}, where a lone {@code '}
     * quotes what follows: "the variable's name must start with {0}" would print "{0}" as it is.
     * Such texts write ’ (or '' for a straight one).
     */
    @Test
    void textsWithArgumentsHaveNoLoneApostrophe() throws Exception {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            load(name).forEach((key, value) -> {
                String text = value.toString();
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(name + " " + key + ": a lone ' quotes the rest in MessageFormat; write ’")
                            .doesNotContain("'");
                }
            });
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(MessagesInSyncTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
