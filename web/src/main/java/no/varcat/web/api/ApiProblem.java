package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every fault of the API, for the OpenAPI description only: the bodies themselves are
 * Spring's {@link org.springframework.http.ProblemDetail} with {@code invalid-params} added where a
 * parameter is at fault.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail (application/problem+json).")
record ApiProblem(
        @Schema(description = "A URI naming the kind of problem; about:blank when the status says it all", example = "about:blank")
        String type,
        @Schema(description = "The status's reason phrase", example = "Bad Request", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
        @Schema(description = "The HTTP status", example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
        @Schema(description = "What went wrong, for a person", example = "valueType: must be one of code-list, integer, decimal, text, date, other")
        String detail,
        @Schema(description = "The request's path", example = "/api/v1/variables")
        String instance,
        @JsonProperty("invalid-params")
        @Schema(description = "The parameters at fault (400 only)")
        List<InvalidParam> invalidParams) {
}
