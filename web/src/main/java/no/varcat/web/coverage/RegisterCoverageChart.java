package no.varcat.web.coverage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.NationalCoverage;
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
        NationalCoverage national = NationalCoverage.of(coverage.forResource(registerIri));
        if (national.isEmpty()) {
            return null;
        }
        SortedMap<Integer, BigDecimal> byYear = national.byYear();
        NumberFormat percent = Percent.format(locale);
        List<CoverageView.YearRate> years = byYear.entrySet().stream()
                .map(e -> new CoverageView.YearRate(e.getKey(), percent.format(e.getValue()))).toList();
        String label = text(national.computed() ? "register.coverage.computed" : "register.coverage.national", locale);
        TimeSeriesChartBuilder chart = new TimeSeriesChartBuilder(byYear.firstKey(), byYear.lastKey(), locale)
                .series(label, "series-main", byYear);
        return new CoverageView(chart.build(), years, national.computed());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
