package no.varcat.web.register;

import java.util.List;

import no.varcat.web.chart.TimeSeriesChart;

/**
 * Coverage rates by year for the register page.
 *
 * @param computed true when the register publishes rates per reporting unit only and the yearly
 *                 rate is computed here from their numerators and denominators
 */
record CoverageView(TimeSeriesChart chart, List<YearRate> years, boolean computed) {

    record YearRate(int year, String rate) {
    }
}
