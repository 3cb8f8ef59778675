package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a quality indicator for one year and reporting unit (hospital, health trust or
 * region).
 *
 * @param numerator   null when the source gives only the value
 * @param denominator null when the source gives only the value
 */
public record IndicatorMeasurement(
        String iri,
        String indicatorIri,
        String computedOn,
        int year,
        String reportingUnit,
        BigDecimal value,
        Long numerator,
        Long denominator) {

    public IndicatorMeasurement {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(indicatorIri, "indicatorIri");
        // Stores canonicalise decimals ("1" comes back as "1.0"); equal values must make equal records.
        value = Objects.requireNonNull(value, "value").stripTrailingZeros();
        if (numerator != null && denominator != null && numerator > denominator) {
            throw new IllegalArgumentException("Numerator " + numerator + " exceeds denominator " + denominator);
        }
    }
}
