package no.varcat.harvest.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.input.SourceText;

/**
 * Splits decoded CSV text into rows with the line each starts on (a quoted cell may span lines,
 * so a record's number is not its line). Malformed quoting stops the read: what follows an
 * unclosed quote cannot be trusted.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<RawRow> parse(SourceText source, char delimiter, IssueCollector issues) {
        String text = source.text();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long linesRead = 0;
            try {
                for (CSVRecord record : parser) {
                    rows.add(new RawRow(source.lineAt(record.getCharacterPosition()), record.toList()));
                    linesRead = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                if (rows.isEmpty()) {
                    // A header that does not split with the delimiter ('"a";"b"' read with ',') is taken
                    // as one cell: the header check then names the missing columns and the likely delimiter.
                    return List.of(new RawRow(1, List.of(text.strip().lines().findFirst().orElse(""))));
                }
                String reason = e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
                throw SourceFormatException.fatal(issues, "Malformed CSV in the row starting here: " + reason, linesRead + 1, -1, e);
            }
            return rows;
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Malformed CSV: " + e.getMessage(), -1, -1, e);
        }
    }
}
