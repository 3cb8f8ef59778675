package no.varcat.harvest.codebook;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row by what its cells mean. Each column has the first of its header names that is filled in
 * this row, with the 1-based position it was found at, so messages can point at the cell.
 */
record CodebookRow(long line, Map<Column, Cell> cells) {

    /** A cell's text, stripped, and its 1-based column. */
    record Cell(String text, int column) {
    }

    private static final Cell ABSENT = new Cell("", -1);

    CodebookRow {
        cells = Map.copyOf(cells);
    }

    /** The stripped text of the column; empty when the layout or the header lacks it. */
    String text(Column column) {
        return cell(column).text();
    }

    /** This row, with {@code text} in the column when the row leaves it empty (a sheet's form for its rows). */
    CodebookRow orElse(Column column, String text) {
        if (has(column)) {
            return this;
        }
        Map<Column, Cell> filled = new EnumMap<>(Column.class);
        filled.putAll(cells);
        filled.put(column, new Cell(text, -1));
        return new CodebookRow(line, filled);
    }

    boolean has(Column column) {
        return !text(column).isEmpty();
    }

    /** The 1-based column to report a problem with the cell at; -1 when there is no such column. */
    int column(Column column) {
        return cell(column).column();
    }

    private Cell cell(Column column) {
        return cells.getOrDefault(column, ABSENT);
    }
}
