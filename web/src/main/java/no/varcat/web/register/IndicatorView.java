package no.varcat.web.register;

import java.util.List;

import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.web.chart.TimeSeriesChart;

/**
 * A quality indicator as the register page shows it: a chart with the target levels, and the same
 * numbers as a table for screen readers and for copying.
 *
 * @param units column headings of the table: reporting unit names
 */
record IndicatorView(QualityIndicator indicator, TimeSeriesChart chart, List<String> units, List<YearRow> rows) {

    /** One year: a formatted value per unit, "–" where the unit has none. */
    record YearRow(int year, List<String> values) {
    }
}
