package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where else a resource is: its JSON here, its page and its RDF. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Links", description = "URLs of the resource: this API's JSON, the web page, and the RDF (Turtle; "
        + "other RDF syntaxes by Accept on the html URL).")
record Links(
        @Schema(description = "This resource in this API", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "http://localhost:8080/api/v1/variables/mfr-vekt-9907ed3b")
        String self,
        @Schema(description = "The web page; it also answers RDF by Accept", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "http://localhost:8080/variables/mfr-vekt-9907ed3b")
        String html,
        @Schema(description = "The RDF description as Turtle", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "http://localhost:8080/variables/mfr-vekt-9907ed3b.ttl")
        String rdf) {
}
