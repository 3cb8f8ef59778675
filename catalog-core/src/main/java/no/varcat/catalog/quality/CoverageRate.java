package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A coverage rate (dekningsgrad): the share of the cases that should be in a register that are,
 * for one year, for the register or one of its variables, nationally or for one reporting unit.
 *
 * @param computedOn    IRI of the register or variable measured
 * @param rate          0..1
 * @param reportingUnit IRI of the hospital, health trust or region, or null for the whole register
 * @param numerator     cases registered, or null when the source gives only the rate
 * @param denominator   cases expected, or null
 * @param identifier    the source's own id of the measurement (SKDE's {@code ind_id}), or null
 */
public record CoverageRate(
        String iri,
        String computedOn,
        int year,
        BigDecimal rate,
        String reportingUnit,
        Long numerator,
        Long denominator,
        String identifier) {

    public CoverageRate {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(computedOn, "computedOn");
        // Stores canonicalise decimals ("1" comes back as "1.0"); equal values must make equal records.
        rate = Objects.requireNonNull(rate, "rate").stripTrailingZeros();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A coverage rate is between 0 and 1, not " + rate.toPlainString());
        }
        if (numerator != null && denominator != null && numerator > denominator) {
            throw new IllegalArgumentException("Numerator " + numerator + " exceeds denominator " + denominator);
        }
    }

    /** A rate whose source gives it no id of its own. */
    public CoverageRate(String iri, String computedOn, int year, BigDecimal rate, String reportingUnit,
            Long numerator, Long denominator) {
        this(iri, computedOn, year, rate, reportingUnit, numerator, denominator, null);
    }

    public boolean national() {
        return reportingUnit == null;
    }
}
