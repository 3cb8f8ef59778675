package no.varcat.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

import no.varcat.catalog.variable.Code;

/** One code of a code list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Code", description = "One code of a code list.")
record CodeJson(
        @Schema(description = "The value stored in the data", requiredMode = Schema.RequiredMode.REQUIRED, example = "1")
        String notation,
        @Schema(description = "What the value means") Text label,
        @Schema(description = "Whether the value stands for unknown, not given or not applicable",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean missing,
        @Schema(description = "The first day the code is in force (yyyy-mm-dd); absent when the source does not say",
                example = "2012-01-01") String validFrom,
        @Schema(description = "The last day the code is in force (yyyy-mm-dd); absent while it still is", example = "2011-12-31")
        String validUntil) {

    static CodeJson of(Code code) {
        return new CodeJson(code.notation(), Text.of(code.label()), code.missing(),
                code.validFrom() == null ? null : code.validFrom().toString(),
                code.validUntil() == null ? null : code.validUntil().toString());
    }
}
