package no.varcat.harvest.codebook;

import java.util.List;

/**
 * One row as the file has it, before its columns mean anything: a CSV record or a sheet row.
 *
 * @param line  the line (CSV) or row number (sheet) the row starts on, 1-based
 * @param cells cell texts, left to right; never null
 */
record RawRow(long line, List<String> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
