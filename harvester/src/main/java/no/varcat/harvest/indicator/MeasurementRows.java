package no.varcat.harvest.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.varcat.catalog.quality.IndicatorMeasurement;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.harvest.input.Iris;

/**
 * Turns a row of {@code data} into an {@link IndicatorMeasurement} of the indicator its
 * {@code measureName} names, at {@code {indicator}/{year}/{locationId}}, computed on the indicator's
 * register. Only yearly values are kept: the catalog describes registers by year.
 */
final class MeasurementRows {

    private static final Pattern YEAR_START = Pattern.compile("([0-9]{4})(-[0-9]{2}(-[0-9]{2}.*)?)?");

    private final Map<String, QualityIndicator> indicators;
    private final Set<String> skipped;

    /**
     * @param indicators the indicators read, by id
     * @param skipped    ids of indicators that were reported and left out, so their rows say so
     */
    MeasurementRows(Map<String, QualityIndicator> indicators, Set<String> skipped) {
        this.indicators = indicators;
        this.skipped = skipped;
    }

    /** @throws EntryProblem when the row gives no measurement; the record's own checks throw IllegalArgumentException */
    IndicatorMeasurement measurement(Entry row) {
        String name = row.requiredText("measureName");
        QualityIndicator indicator = indicators.get(name);
        if (indicator == null) {
            throw EntryProblem.warning(skipped.contains(name)
                    ? "Indicator '" + name + "' was left out (see its issue); row skipped"
                    : "No indicator '" + name + "' in 'indicators'; row skipped");
        }
        String periodType = row.text("periodType");
        if (periodType != null && !periodType.equalsIgnoreCase("year")) {
            throw EntryProblem.warning("'periodType' is '" + periodType + "'; only yearly values are harvested; row skipped");
        }
        int year = year(row);
        String location = row.requiredText("locationId");
        BigDecimal value = row.decimal("value");
        if (value == null) {
            throw EntryProblem.warning("No 'value' for '" + name + "', " + year + ", " + location
                    + " (suppressed for small numbers?); row skipped");
        }
        return new IndicatorMeasurement(indicator.iri() + "/" + year + "/" + Iris.segment(location), indicator.iri(),
                indicator.registerIri(), year, Iris.reportingUnit(location), value, row.count("numerator"), row.count("denominator"));
    }

    /** The year of {@code periodFrom}: "2023-01-01", "2023-01-01T00:00:00" or "2023". */
    private static int year(Entry row) {
        String from = row.requiredText("periodFrom");
        Matcher m = YEAR_START.matcher(from);
        if (!m.matches()) {
            throw EntryProblem.error("'periodFrom' is not a date or year: '" + from + "'");
        }
        return Integer.parseInt(m.group(1));
    }
}
