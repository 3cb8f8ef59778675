package no.varcat.web.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A register's coverage: the national rate per year, and every rate as published. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Coverage", description = "A register's coverage rates (dekningsgrad): the share of the cases that should be "
        + "in the register that are.")
record CoverageJson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RegisterRef register,
        @Schema(description = "The national rate per year, oldest first: as published, or pooled from the units "
                + "(registered over expected cases) where the register publishes per unit only",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<YearRate> national,
        @Schema(description = "Whether the national rates were pooled from the units rather than published",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean nationalComputed,
        @Schema(description = "Every rate as published, by year, national ones without a reporting unit",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<Rate> rates) {

    @Schema(name = "YearRate", description = "A rate for one year.")
    record YearRate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023") int year,
            @Schema(description = "0 to 1", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.987") BigDecimal rate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CoverageRate", description = "One published coverage rate.")
    record Rate(
            @Schema(description = "The measurement's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED) String iri,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023") int year,
            @Schema(description = "0 to 1", requiredMode = Schema.RequiredMode.REQUIRED, example = "0.987") BigDecimal rate,
            @Schema(description = "The hospital, health trust or region; left out for the whole register") Unit reportingUnit,
            @Schema(description = "Cases registered", example = "5120") Long numerator,
            @Schema(description = "Cases expected", example = "5200") Long denominator) {
    }

    @Schema(name = "ReportingUnit", description = "Where a measurement was made.")
    record Unit(@Schema(description = "The unit's IRI", requiredMode = Schema.RequiredMode.REQUIRED) String iri,
            @Schema(description = "Its name", requiredMode = Schema.RequiredMode.REQUIRED, example = "Helse Bergen HF") String name) {
    }
}
