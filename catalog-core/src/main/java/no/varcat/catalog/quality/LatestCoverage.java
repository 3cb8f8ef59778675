package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The most recent national coverage rate of a register: the national rate of the latest year
 * that has one, or, where the source reports per hospital or health trust only (the quality
 * registers' SKDE files), the units of the latest year pooled (registered cases over expected
 * cases), provided every unit of that year gives both counts.
 */
public record LatestCoverage(int year, BigDecimal rate) {

    public static Optional<LatestCoverage> of(List<CoverageRate> rates) {
        Optional<LatestCoverage> national = rates.stream().filter(CoverageRate::national)
                .max(Comparator.comparingInt(CoverageRate::year))
                .map(r -> new LatestCoverage(r.year(), r.rate()));
        if (national.isPresent()) {
            return national;
        }
        return rates.stream().map(CoverageRate::year).max(Integer::compare)
                .flatMap(year -> pooled(year, rates.stream().filter(r -> r.year() == year).toList()));
    }

    private static Optional<LatestCoverage> pooled(int year, List<CoverageRate> units) {
        long registered = 0;
        long expected = 0;
        for (CoverageRate unit : units) {
            if (unit.numerator() == null || unit.denominator() == null) {
                return Optional.empty();
            }
            registered += unit.numerator();
            expected += unit.denominator();
        }
        if (expected == 0) {
            return Optional.empty();
        }
        return Optional.of(new LatestCoverage(year,
                BigDecimal.valueOf(registered).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_EVEN)));
    }
}
