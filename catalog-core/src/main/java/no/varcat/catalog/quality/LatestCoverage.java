package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The most recent national coverage rate of a register (see {@link NationalCoverage} for what "national" means). */
public record LatestCoverage(int year, BigDecimal rate) {

    public static Optional<LatestCoverage> of(List<CoverageRate> rates) {
        return NationalCoverage.of(rates).latest();
    }
}
