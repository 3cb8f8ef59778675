package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of variables found, the facets, and the way to the next page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VariableSearchPage", description = "A page of variables found, with the facet counts and the next page's cursor.")
record VariableSearchPage(
        @Schema(description = "How many variables match", requiredMode = Schema.RequiredMode.REQUIRED, example = "1050")
        long total,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<VariableItem> items,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Facets facets,
        @Schema(description = "When nothing matched the text: a corrected spelling of it", example = "fødselsvekt")
        String suggestion,
        @Schema(description = "The cursor of the page after this one; left out on the last page")
        String nextCursor,
        @Schema(description = "The URL of the page after this one; left out on the last page")
        String next) {
}
