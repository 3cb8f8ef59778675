package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of registers found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegisterSearchPage", description = "A page of registers found, best match first (without text: by title).")
record RegisterSearchPage(
        @Schema(description = "How many registers match", requiredMode = Schema.RequiredMode.REQUIRED, example = "15")
        long total,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<RegisterItem> items,
        @Schema(description = "The cursor of the page after this one; left out on the last page") String nextCursor,
        @Schema(description = "The URL of the page after this one; left out on the last page") String next) {
}
