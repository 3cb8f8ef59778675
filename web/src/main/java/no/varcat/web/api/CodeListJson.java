package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A code list (a {@code skos:ConceptScheme}) with its codes in code order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CodeList", description = "A code list (skos:ConceptScheme) with its codes, numeric codes in numeric order.")
record CodeListJson(
        @Schema(description = "The code list's id in this API", requiredMode = Schema.RequiredMode.REQUIRED, example = "mfr-kjonn-ac07dd52")
        String id,
        @Schema(description = "The code list's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://sample.varcat.no/fhi/mfr/codelist/KJONN")
        String iri,
        @Schema(description = "The code list's name") Text label,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CodeJson> codes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links) {
}
