package no.varcat.harvest.coverage;

import java.util.List;

import java.util.Optional;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.IndicatorMeasurement;

/**
 * A coverage-csv preset: its header and how a row becomes a {@link CoverageRate} (layouts are
 * described in docs/source-formats.md).
 */
sealed interface CoverageLayout permits SkdeLayout, PlainLayout {

    /**
     * Every preset's header, for telling a user which preset a file with the wrong header fits. A method,
     * not a constant: the interface has a default method, so it is initialised with its layouts.
     */
    static List<Header> presets() {
        return List.of(SkdeLayout.HEADER, PlainLayout.HEADER);
    }

    /**
     * @param preset   the preset key sources configure
     * @param required lower-case column names a file must have, in their usual order
     */
    record Header(String preset, char delimiter, List<String> required) {
    }

    Header header();

    /** @throws RowProblem when the row cannot give a rate; the record's own checks throw IllegalArgumentException */
    CoverageRate rate(CsvRow row);

    /**
     * The row as the value of a quality indicator, when it is one and not a coverage rate (an upload
     * export holds both); empty for a coverage row.
     *
     * @throws RowProblem when the row is an indicator value but a broken one
     */
    default Optional<IndicatorMeasurement> indicatorValue(CsvRow row) {
        return Optional.empty();
    }

    /** What makes two rows the same measurement, for the message when a file repeats one. */
    String identity();
}
