package no.varcat.web.harvest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV of harvest sources, one source a line under the header
 * {@code id,location,format,preset,register,title,schedule,auth_header_env,columns}: what
 * {@code varcat.sources-file} holds and what an admin imports. Splits it into rows with the line
 * each starts on (a quoted cell may span lines), the delimiter {@code ,} or {@code ;} (as Excel
 * writes it in a Norwegian locale) taken from the header. Faults of the file as a whole (no
 * header, an unknown, repeated or missing column, broken quoting) are a {@link SourcesFileException}
 * naming the line and, where there is one, the column; what the rows say is the caller's to check.
 */
public final class SourcesCsv {

    public static final List<String> COLUMNS = List.of("id", "location", "format", "preset", "register", "title", "schedule",
            "auth_header_env", "columns");

    private SourcesCsv() {
    }

    /**
     * @param name     the file's name, for messages
     * @param required the columns the header must have
     */
    public static Table read(Reader in, String name, List<String> required) throws IOException {
        String text = readAll(in);
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setTrim(true).setIgnoreEmptyLines(false).get();
        Map<String, Integer> columns = null;
        List<Row> rows = new ArrayList<>();
        long next = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            for (var records = parser.iterator(); records.hasNext();) {
                CSVRecord record = records.next();
                // Empty lines are kept, so each record starts on the line after the one before ends.
                long line = next;
                next = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record, name, line, required);
                } else {
                    rows.add(new Row(record.toList(), columns, line));
                }
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv reports broken quoting this way; the record it was reading starts at `next`.
            String reason = e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
            throw SourcesFileException.at(name, next, 0, "the quoting is broken in the row starting here (" + reason + ")");
        }
        if (columns == null) {
            throw new SourcesFileException(name + " is empty; its first line must be the header " + String.join(",", COLUMNS));
        }
        return new Table(columns, List.copyOf(rows));
    }

    /** The delimiter the header line uses: {@code ;} when it has more of them than commas (column names have neither). */
    static char delimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1;) {
            text.append(buffer, 0, n);
        }
        // Excel starts a UTF-8 CSV with a byte order mark.
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    private static Map<String, Integer> header(CSVRecord record, String name, long line, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i);
            if (!COLUMNS.contains(column)) {
                throw SourcesFileException.at(name, line, i + 1, "unknown column '" + column + "'; the columns are " + String.join(",", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw SourcesFileException.at(name, line, i + 1, "column '" + column + "' appears twice");
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw SourcesFileException.at(name, line, 0, "the header lacks the column '" + column + "'; the columns are "
                        + String.join(",", COLUMNS));
            }
        }
        return Map.copyOf(columns);
    }

    /** The header's columns by name, with their positions, and the rows under it. */
    public record Table(Map<String, Integer> columns, List<Row> rows) {
    }

    /**
     * One row.
     *
     * @param line the line it starts on
     */
    public record Row(List<String> cells, Map<String, Integer> columns, long line) {

        /** The cell of the column, or null when it is empty or the header has no such column. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index);
            return value.isEmpty() ? null : value;
        }

        /** The column's position, counted from 1, or 0 when the header has no such column. */
        public int columnNumber(String column) {
            Integer index = columns.get(column);
            return index == null ? 0 : index + 1;
        }
    }
}
