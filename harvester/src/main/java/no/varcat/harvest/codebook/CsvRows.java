package no.varcat.harvest.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.varcat.harvest.IssueCollector;

/**
 * Splits decoded CSV text into rows with the line each starts on (a quoted cell may span lines,
 * so a record's number is not its line). Malformed quoting stops the read: what follows an
 * unclosed quote cannot be trusted.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<RawRow> parse(String text, char delimiter, IssueCollector issues) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .get();
        int[] lineStarts = lineStarts(text);
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long linesRead = 0;
            try {
                for (CSVRecord record : parser) {
                    rows.add(new RawRow(lineOf(lineStarts, record.getCharacterPosition()), record.toList()));
                    linesRead = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                if (rows.isEmpty()) {
                    // A header that does not split with the delimiter ('"a";"b"' read with ',') is taken
                    // as one cell: the header check then names the missing columns and the likely delimiter.
                    return List.of(new RawRow(1, List.of(text.strip().lines().findFirst().orElse(""))));
                }
                String reason = e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
                throw Failure.fatal(issues, "Malformed CSV in the row starting here: " + reason, linesRead + 1, -1, e);
            }
            return rows;
        } catch (IOException e) {
            throw Failure.fatal(issues, "Malformed CSV: " + e.getMessage(), -1, -1, e);
        }
    }

    /** Offsets at which lines start; a line ends at \n, \r\n or a lone \r. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static long lineOf(int[] lineStarts, long position) {
        int at = Arrays.binarySearch(lineStarts, (int) position);
        return (at >= 0 ? at : -at - 2) + 1L;
    }
}
