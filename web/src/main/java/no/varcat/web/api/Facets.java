package no.varcat.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The search's facets, each named as the parameter that chooses its values. */
@Schema(name = "Facets", description = "Facet counts; each member is named as the query parameter that chooses its values.")
record Facets(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> register,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> publisher,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> theme,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> valueType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> codes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> coverage,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> indicators,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> temporality,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<FacetValueJson> unitType) {
}
