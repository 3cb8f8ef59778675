package no.varcat.web.coverage;

import java.util.List;

import no.varcat.web.chart.TimeSeriesChart;

/**
 * A register's coverage rates by year, as a chart and as the table beside it.
 *
 * @param computed true when the register publishes rates per reporting unit only and the yearly
 *                 rate is computed here from their numerators and denominators
 */
public record CoverageView(TimeSeriesChart chart, List<YearRate> years, boolean computed) {

    public record YearRate(int year, String rate) {
    }
}
