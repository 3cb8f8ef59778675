package no.varcat.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A parameter at fault, as RFC 9457 names it in its {@code invalid-params} example. */
@Schema(name = "InvalidParam", description = "A request parameter the API could not use, and why.")
record InvalidParam(
        @Schema(description = "The parameter's name, as in the request", example = "valueType", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "What is wrong with its value", example = "must be one of code-list, integer, decimal, text, date, other",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String reason) {
}
