package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A register as a search hit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegisterItem", description = "A register as search hits show it; the register itself has more.")
record RegisterItem(
        @Schema(description = "The register's id in this API", requiredMode = Schema.RequiredMode.REQUIRED, example = "fhi-mfr-4dc71d01")
        String id,
        @Schema(description = "The register's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://sample.varcat.no/fhi/mfr")
        String iri,
        @Schema(description = "The register's own identifier", example = "MFR") String identifier,
        @Schema(description = "The register's title") Text title,
        @Schema(description = "What the register holds") Text description,
        @Schema(description = "The publisher's (bokmål) name", example = "Folkehelseinstituttet") String publisher,
        @Schema(description = "How many variables it has", requiredMode = Schema.RequiredMode.REQUIRED, example = "74")
        int variableCount,
        @Schema(description = "The title with <mark> around what matched the text searched for (HTML-escaped)")
        String highlightedTitle,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links) {
}
