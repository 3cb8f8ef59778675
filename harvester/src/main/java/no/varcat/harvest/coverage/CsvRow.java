package no.varcat.harvest.coverage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import no.varcat.harvest.input.Numbers;

/**
 * One data row of a coverage file with typed access to its cells by header name. A cell that does
 * not hold what the layout needs throws a {@link RowProblem} naming the column and what was there.
 */
final class CsvRow {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final List<String> record;
    private final Map<String, Integer> columns;
    private final long line;

    /** @param columns lower-case header names to 0-based field positions */
    CsvRow(List<String> record, Map<String, Integer> columns, long line) {
        this.record = record;
        this.columns = columns;
        this.line = line;
    }

    long line() {
        return line;
    }

    /** Whether every field is empty, as the {@code ;;;;} rows spreadsheets leave at the end of an export. */
    boolean isBlank() {
        return record.stream().allMatch(String::isBlank);
    }

    /** 1-based position of a column, for issue reports; -1 if the header does not have it. */
    long position(String column) {
        Integer index = columns.get(column);
        return index == null ? -1 : index + 1;
    }

    /** The trimmed cell, or null when the header lacks the column or the cell is empty. */
    String optional(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = optional(column);
        if (value != null) {
            return value;
        }
        Integer index = columns.get(column);
        if (index != null && index >= record.size()) {
            throw RowProblem.error("The row has " + record.size() + " fields where the header has " + columns.size()
                    + "; '" + column + "' is missing", -1);
        }
        throw RowProblem.error("No value in '" + column + "'", position(column));
    }

    int year(String column) {
        String value = required(column);
        if (!YEAR.matcher(value).matches()) {
            throw RowProblem.error("'" + column + "' is not a four-digit year: '" + value + "'", position(column));
        }
        return Integer.parseInt(value);
    }

    long count(String column) {
        return parseCount(column, required(column));
    }

    /** A whole number of cases, or null when the cell is empty. */
    Long optionalCount(String column) {
        String value = optional(column);
        return value == null ? null : parseCount(column, value);
    }

    BigDecimal decimal(String column, String value) {
        try {
            return Numbers.decimal(value);
        } catch (NumberFormatException e) {
            throw RowProblem.error("'" + column + "' is not a number: '" + value + "'", position(column));
        }
    }

    private long parseCount(String column, String value) {
        try {
            return Numbers.count(value);
        } catch (NumberFormatException e) {
            throw RowProblem.error("'" + column + "' is not a whole number of 0 or more: '" + value + "'", position(column));
        }
    }
}
