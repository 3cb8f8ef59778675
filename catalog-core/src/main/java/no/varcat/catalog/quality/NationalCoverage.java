package no.varcat.catalog.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A register's national coverage rate per year: the national rates it publishes, or, where its
 * source reports per hospital or health trust only (the quality registers' SKDE files), each year's
 * units pooled (registered cases over expected cases), for the years in which every unit gives both
 * counts. The one reading of "national coverage" for the register page, the variable page, the
 * comparison and the search facet.
 *
 * @param byYear   the rate per year, as a fraction (0.953 for 95.3 %)
 * @param computed whether the rates were pooled here from the units rather than published
 */
public record NationalCoverage(SortedMap<Integer, BigDecimal> byYear, boolean computed) {

    public NationalCoverage {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    public static NationalCoverage of(List<CoverageRate> rates) {
        SortedMap<Integer, BigDecimal> published = new TreeMap<>();
        rates.stream().filter(CoverageRate::national).forEach(r -> published.put(r.year(), r.rate()));
        if (!published.isEmpty()) {
            return new NationalCoverage(published, false);
        }
        SortedMap<Integer, BigDecimal> pooled = new TreeMap<>();
        Map<Integer, List<CoverageRate>> byYear = rates.stream().collect(Collectors.groupingBy(CoverageRate::year));
        byYear.forEach((year, units) -> pooled(units).ifPresent(rate -> pooled.put(year, rate)));
        return new NationalCoverage(pooled, true);
    }

    public boolean isEmpty() {
        return byYear.isEmpty();
    }

    /** The rate of the latest year that has one. */
    public Optional<LatestCoverage> latest() {
        return isEmpty() ? Optional.empty() : Optional.of(new LatestCoverage(byYear.lastKey(), byYear.get(byYear.lastKey())));
    }

    private static Optional<BigDecimal> pooled(List<CoverageRate> units) {
        long registered = 0;
        long expected = 0;
        for (CoverageRate unit : units) {
            if (unit.numerator() == null || unit.denominator() == null) {
                return Optional.empty();
            }
            registered += unit.numerator();
            expected += unit.denominator();
        }
        return expected == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(registered).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_EVEN));
    }
}
