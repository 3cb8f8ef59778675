package no.varcat.harvest.indicator;

import java.math.BigDecimal;

import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.harvest.input.Iris;

/**
 * A row of SKDE's results-portal results ({@code indicator_rhf.json}, {@code indicator_hf.json} of
 * qmongjs): the value {@code var} (a proportion) of indicator {@code ind_id} for one unit
 * ({@code orgnr}, named {@code unit_name}) and {@code year}, out of {@code denominator} cases. The
 * file does not name the indicators' registers: the measurement is of the indicator at
 * {@link Iris#skdeIndicator}, which the descriptions file (another source) ties to its register.
 */
final class SkdeResults {

    /** @throws EntryProblem when the row gives no measurement; the record's own checks throw IllegalArgumentException */
    IndicatorMeasurement measurement(Entry row) {
        String id = row.requiredText("ind_id");
        int year = year(row);
        String unit = row.requiredText("orgnr");
        BigDecimal value = row.decimal("var");
        if (value == null) {
            throw EntryProblem.warning("No 'var' for '" + id + "', " + year + ", " + unit + " (suppressed for small numbers?); row skipped");
        }
        String indicator = Iris.skdeIndicator(id);
        return new IndicatorMeasurement(indicator + "/" + year + "/" + Iris.segment(unit), indicator, null, year,
                Iris.reportingUnit(unit), value, null, row.count("denominator"));
    }

    private static int year(Entry row) {
        Long year = row.count("year");
        if (year == null) {
            throw EntryProblem.error("No 'year'");
        }
        if (year < 1000 || year > 9999) {
            throw EntryProblem.error("'year' is not a four-digit year: " + year);
        }
        return year.intValue();
    }
}
