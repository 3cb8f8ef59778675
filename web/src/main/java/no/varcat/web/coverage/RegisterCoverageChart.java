package no.varcat.web.coverage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.web.chart.Percent;
import no.varcat.web.chart.TimeSeriesChartBuilder;

/** A register's national coverage per year, for the register page and for each of its variables' pages. */
@Component
public class RegisterCoverageChart {

    private final CoverageRepository coverage;
    private final MessageSource messages;

    RegisterCoverageChart(CoverageRepository coverage, MessageSource messages) {
        this.coverage = coverage;
        this.messages = messages;
    }

    /** National rates when the register publishes them, else computed from its units' counts; null when it has none. */
    public CoverageView of(String registerIri, Locale locale) {
        List<CoverageRate> rates = coverage.forResource(registerIri);
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        rates.stream().filter(CoverageRate::national).forEach(r -> byYear.put(r.year(), r.rate()));
        boolean computed = false;
        if (byYear.isEmpty()) {
            byYear.putAll(fromUnitCounts(rates));
            computed = !byYear.isEmpty();
        }
        if (byYear.isEmpty()) {
            return null;
        }
        NumberFormat percent = Percent.format(locale);
        List<CoverageView.YearRate> years = byYear.entrySet().stream()
                .map(e -> new CoverageView.YearRate(e.getKey(), percent.format(e.getValue()))).toList();
        String label = text(computed ? "register.coverage.computed" : "register.coverage.national", locale);
        TimeSeriesChartBuilder chart = new TimeSeriesChartBuilder(byYear.firstKey(), byYear.lastKey(), locale)
                .series(label, "series-main", byYear);
        return new CoverageView(chart.build(), years, computed);
    }

    /** The sum of the units' numerators over the sum of their denominators, year by year. */
    private static SortedMap<Integer, BigDecimal> fromUnitCounts(List<CoverageRate> rates) {
        Map<Integer, long[]> sums = new TreeMap<>();
        rates.stream().filter(r -> r.numerator() != null && r.denominator() != null && r.denominator() > 0).forEach(r -> {
            long[] sum = sums.computeIfAbsent(r.year(), y -> new long[2]);
            sum[0] += r.numerator();
            sum[1] += r.denominator();
        });
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        sums.forEach((year, sum) -> byYear.put(year, BigDecimal.valueOf(sum[0]).divide(BigDecimal.valueOf(sum[1]), MathContext.DECIMAL64)));
        return byYear;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
