package no.varcat.web.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** A register's quality indicators, each with its measurements. */
@Schema(name = "Indicators", description = "A register's quality indicators (dqv:Metric) with their measurements.")
record IndicatorsJson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RegisterRef register,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Indicator> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Indicator", description = "A quality indicator with its target levels and measurements.")
    record Indicator(
            @Schema(description = "The indicator's id", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(description = "The indicator's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED) String iri,
            @Schema(description = "Its name") Text label,
            @Schema(description = "How it is computed") Text definition,
            @Schema(description = "The DQV quality dimension's IRI") String dimension,
            @Schema(description = "Which way it improves", allowableValues = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"})
            String direction,
            @Schema(description = "Values at or beyond this are high achievement", example = "0.9") BigDecimal highAchievementLevel,
            @Schema(description = "Values at or beyond this are moderate achievement", example = "0.8")
            BigDecimal moderateAchievementLevel,
            @Schema(description = "Its values by year and reporting unit", requiredMode = Schema.RequiredMode.REQUIRED)
            List<Measurement> measurements,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorMeasurement", description = "One value of an indicator for a year and a reporting unit.")
    record Measurement(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2023") int year,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.91") BigDecimal value,
            @Schema(description = "The hospital, health trust, region or country") CoverageJson.Unit reportingUnit,
            @Schema(example = "910") Long numerator,
            @Schema(example = "1000") Long denominator) {
    }
}
