package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import no.varcat.catalog.text.LocalizedText;

/** A text in the languages the source gives it; a language it lacks is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Text", description = "A text in Norwegian bokmål, nynorsk and English; a language the source does not give is left out.")
record Text(
        @Schema(description = "Norwegian bokmål", example = "Fødselsvekt") String nb,
        @Schema(description = "Norwegian nynorsk", example = "Fødselsvekt") String nn,
        @Schema(description = "English", example = "Birth weight") String en) {

    /** Null for a text with no language, so that the member is left out. */
    static Text of(LocalizedText text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return new Text(blankless(text.nb()), blankless(text.nn()), blankless(text.en()));
    }

    static Text of(String nb, String nn, String en) {
        return of(new LocalizedText(nb, nn, en));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
