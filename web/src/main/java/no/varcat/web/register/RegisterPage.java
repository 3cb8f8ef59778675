package no.varcat.web.register;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import no.varcat.catalog.quality.Direction;
import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.quality.ReportingUnitMapping;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.web.chart.Percent;
import no.varcat.web.chart.TimeSeriesChartBuilder;

/** Turns a register's quality indicators into charts and tables. */
@Component
class RegisterPage {

    private static final String COUNTRY = "https://w3id.org/varcat/region/NO";

    private final QualityIndicatorRepository indicators;
    private final CatalogStore store;

    RegisterPage(QualityIndicatorRepository indicators, CatalogStore store) {
        this.indicators = indicators;
        this.store = store;
    }

    List<IndicatorView> indicators(String registerIri, Locale locale, String highLabel, String moderateLabel) {
        List<IndicatorView> views = new ArrayList<>();
        for (QualityIndicator indicator : indicators.forRegister(registerIri)) {
            List<IndicatorMeasurement> measurements = indicators.measurements(indicator.iri());
            if (!measurements.isEmpty()) {
                views.add(view(indicator, measurements, locale, highLabel, moderateLabel));
            }
        }
        return views;
    }

    private IndicatorView view(QualityIndicator indicator, List<IndicatorMeasurement> measurements, Locale locale,
            String highLabel, String moderateLabel) {
        Map<String, SortedMap<Integer, BigDecimal>> byUnit = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        measurements.stream()
                .sorted((a, b) -> Boolean.compare(!COUNTRY.equals(a.reportingUnit()), !COUNTRY.equals(b.reportingUnit())))
                .forEach(m -> {
                    byUnit.computeIfAbsent(String.valueOf(m.reportingUnit()), u -> new TreeMap<>()).put(m.year(), m.value());
                    years.add(m.year());
                });
        Map<String, String> names = ReportingUnitMapping.names(store, byUnit.keySet());
        TimeSeriesChartBuilder chart = new TimeSeriesChartBuilder(years.first(), years.last(), locale);
        bands(indicator, chart, highLabel, moderateLabel);
        int index = 0;
        List<String> units = new ArrayList<>();
        for (Map.Entry<String, SortedMap<Integer, BigDecimal>> e : byUnit.entrySet()) {
            String name = names.getOrDefault(e.getKey(), e.getKey());
            units.add(name);
            chart.series(name, COUNTRY.equals(e.getKey()) ? "series-main" : "series-" + (index++ % 6), e.getValue());
        }
        NumberFormat percent = Percent.format(locale);
        List<IndicatorView.YearRow> rows = new ArrayList<>();
        for (int year : years) {
            List<String> values = byUnit.values().stream()
                    .map(v -> v.containsKey(year) ? percent.format(v.get(year)) : "–").toList();
            rows.add(new IndicatorView.YearRow(year, values));
        }
        return new IndicatorView(indicator, chart.build(), units, rows);
    }

    /** High achievement beyond the high level, moderate between the two levels, on the side the direction says is better. */
    private static void bands(QualityIndicator q, TimeSeriesChartBuilder chart, String highLabel, String moderateLabel) {
        if (q.highAchievementLevel() == null) {
            return;
        }
        boolean lowerIsBetter = q.direction() == Direction.LOWER_IS_BETTER;
        BigDecimal edge = lowerIsBetter ? BigDecimal.ZERO : BigDecimal.ONE;
        chart.band(q.highAchievementLevel(), edge, "band-high", highLabel);
        if (q.moderateAchievementLevel() != null) {
            chart.band(q.moderateAchievementLevel(), q.highAchievementLevel(), "band-moderate", moderateLabel);
        }
    }
}
