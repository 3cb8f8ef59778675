package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** One value of a facet: what to send to choose it, what to show, and how many variables it gives. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FacetValue", description = "One value of a facet, counted under the text and the other facets' choices.")
record FacetValueJson(
        @Schema(description = "What to send in the facet's parameter to choose this value", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "code-list")
        String value,
        @Schema(description = "What to show (bokmål where the value has a name)", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "code-list")
        String label,
        @Schema(description = "The English name, where there is one") String labelEn,
        @Schema(description = "The register's IRI (register facet only)") String iri,
        @Schema(description = "How many variables match with this value chosen", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "412")
        long count,
        @Schema(description = "Whether the request chose this value", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean selected) {
}
