package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** The register a variable belongs to, named and linked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegisterRef", description = "A register, named and linked.")
record RegisterRef(
        @Schema(description = "The register's id in this API", requiredMode = Schema.RequiredMode.REQUIRED, example = "fhi-mfr-4dc71d01")
        String id,
        @Schema(description = "The register's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://sample.varcat.no/fhi/mfr")
        String iri,
        @Schema(description = "The register's title") Text title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links) {
}
