package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A variable as a search hit or in a register's list: what the index holds about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VariableItem", description = "A variable as search hits and lists show it; the variable itself has more.")
record VariableItem(
        @Schema(description = "The variable's id in this API", requiredMode = Schema.RequiredMode.REQUIRED, example = "mfr-vekt-9907ed3b")
        String id,
        @Schema(description = "The variable's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://sample.varcat.no/fhi/mfr/variable/VEKT")
        String iri,
        @Schema(description = "The technical name in the register's data", requiredMode = Schema.RequiredMode.REQUIRED, example = "VEKT")
        String notation,
        @Schema(description = "The variable's name") Text label,
        @Schema(description = "What the variable means") Text definition,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RegisterRef register,
        @Schema(description = "First year the register holds the variable", example = "1967") Integer firstYear,
        @Schema(description = "Last year; left out while it is still collected", example = "2024") Integer lastYear,
        @Schema(description = "The kind of values", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"code-list", "integer", "decimal", "text", "date", "other"}, example = "integer")
        String valueType,
        @Schema(description = "Whether the values are codes of a code list", requiredMode = Schema.RequiredMode.REQUIRED)
        boolean hasCodeList,
        @Schema(description = "The register's publisher (bokmål name)", example = "Folkehelseinstituttet") String publisher,
        @ArraySchema(schema = @Schema(description = "A theme IRI of the register (EU data theme or health theme)",
                example = "http://publications.europa.eu/resource/authority/data-theme/HEAL"))
        List<String> themes,
        @Schema(description = "When the variable (else its register) last changed", format = "date", example = "2024-03-01")
        String modified,
        @Schema(description = "The label with <mark> around what matched the text searched for (HTML-escaped); search hits only")
        String highlightedLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links,
        @Schema(description = "How the values relate to time, as the temporality facet names it",
                allowableValues = {"fixed", "status", "accumulated", "event"}, example = "event")
        String temporality,
        @Schema(description = "What the values describe, as the unit type facet names it", example = "person")
        String unitType) {
}
