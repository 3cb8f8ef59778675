package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a register's variables, by name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VariablePage", description = "A page of a register's variables, in order of name (bokmål label).")
record VariablePage(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RegisterRef register,
        @Schema(description = "How many variables the register has", requiredMode = Schema.RequiredMode.REQUIRED, example = "74")
        long total,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<VariableItem> items,
        @Schema(description = "The cursor of the page after this one; left out on the last page") String nextCursor,
        @Schema(description = "The URL of the page after this one; left out on the last page") String next) {
}
