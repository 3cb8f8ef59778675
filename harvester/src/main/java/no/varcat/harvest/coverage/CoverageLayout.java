package no.varcat.harvest.coverage;

import java.util.List;

import no.varcat.catalog.quality.CoverageRate;

/**
 * A coverage-csv preset: its header and how a row becomes a {@link CoverageRate} (layouts are
 * described in docs/source-formats.md).
 */
sealed interface CoverageLayout permits SkdeLayout, PlainLayout {

    /** Every preset's header, for telling a user which preset a file with the wrong header fits. */
    List<Header> PRESETS = List.of(SkdeLayout.HEADER, PlainLayout.HEADER);

    /**
     * @param preset   the preset key sources configure
     * @param required lower-case column names a file must have, in their usual order
     */
    record Header(String preset, char delimiter, List<String> required) {
    }

    Header header();

    /** @throws RowProblem when the row cannot give a rate; the record's own checks throw IllegalArgumentException */
    CoverageRate rate(CsvRow row);

    /** What makes two rows the same measurement, for the message when a file repeats one. */
    String identity();
}
