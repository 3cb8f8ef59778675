package no.varcat.web.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import no.varcat.catalog.text.LocalizedText;

/**
 * A text in the languages the source gives it; a language it lacks is left out. A text the source
 * gives in none of nb, nn and en (a Swedish catalog's title) is given under its own language tag.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Text", description = "A text in Norwegian bokmål, nynorsk and English; a language the source does not give is"
        + " left out. A text the source gives in none of them is given under its own language tag, e.g. \"sv\".")
record Text(
        @Schema(description = "Norwegian bokmål", example = "Fødselsvekt") String nb,
        @Schema(description = "Norwegian nynorsk", example = "Fødselsvekt") String nn,
        @Schema(description = "English", example = "Birth weight") String en,
        @JsonIgnore @Schema(hidden = true) Map<String, String> other) {

    /** Null for a text with no language, so that the member is left out. */
    static Text of(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String nb = blankless(text.nb());
        String nn = blankless(text.nn());
        String en = blankless(text.en());
        boolean onlyOther = nb == null && nn == null && en == null && text.other() != null;
        return new Text(nb, nn, en, onlyOther ? Map.of(text.other().language(), text.other().text()) : Map.of());
    }

    static Text of(String nb, String nn, String en) {
        return of(new LocalizedText(nb, nn, en));
    }

    /** The text in another language, as a member named by its tag beside nb, nn and en. */
    @JsonAnyGetter
    Map<String, String> otherLanguages() {
        return other;
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
