package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A variable with what its page shows: its code list, population, question and unit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Variable", description = "A variable (disco:Variable) with its code list.")
record VariableJson(
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
        @Schema(description = "The register's publisher (bokmål name)", example = "Folkehelseinstituttet") String publisher,
        @Schema(description = "First year the register holds the variable", example = "1967") Integer firstYear,
        @Schema(description = "Last year; left out while it is still collected", example = "2024") Integer lastYear,
        @Schema(description = "The kind of values", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"code-list", "integer", "decimal", "text", "date", "other"}, example = "integer")
        String valueType,
        @Schema(description = "The value domain: the code list's or the XSD datatype's IRI",
                example = "http://www.w3.org/2001/XMLSchema#integer")
        String representation,
        @Schema(description = "The code list with its codes; left out when the values are not codes") CodeListJson codeList,
        @Schema(description = "Who the variable is recorded for") Text population,
        @Schema(description = "The question asked") Text question,
        @Schema(description = "The unit of measure's IRI (QUDT)", example = "http://qudt.org/vocab/unit/GM") String unit,
        @Schema(description = "When the variable last changed", format = "date", example = "2024-03-01") String modified,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links,
        @Schema(description = "How the values relate to time, as the temporality facet names it",
                allowableValues = {"fixed", "status", "accumulated", "event"}, example = "event")
        String temporality,
        @Schema(description = "What the values describe, as the unit type facet names it", example = "person")
        String unitType) {
}
