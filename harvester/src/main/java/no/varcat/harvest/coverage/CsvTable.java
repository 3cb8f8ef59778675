package no.varcat.harvest.coverage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.input.SourceText;

/**
 * A CSV file with a header line: the header's column names (lower case, trimmed) and the data rows,
 * each with the line it starts on. Quoting that never closes is fatal, as every row after it is lost.
 */
final class CsvTable {

    private final SourceText source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, Integer> columns;

    private CsvTable(SourceText source, CSVParser parser) {
        this.source = source;
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord first;
        try {
            first = records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            // A header that does not parse was mostly split at the wrong delimiter ("a";"b" read with ','):
            // left empty, the header check then names the missing columns and the likely delimiter.
            first = null;
        }
        this.header = first == null ? List.of() : first.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i), i);
        }
        this.columns = Collections.unmodifiableMap(byName);
    }

    /** Opens the text and reads its header line. */
    static CsvTable open(SourceText source, char delimiter, IssueCollector issues) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try {
            return new CsvTable(source, CSVParser.builder().setReader(new StringReader(source.text())).setFormat(format).get());
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Cannot read the CSV: " + e.getMessage(), -1, -1);
        }
    }

    /** Lower-case column names in header order. */
    List<String> header() {
        return header;
    }

    /** The header line as written, for telling which delimiter the file really uses. */
    String headerLine() {
        String text = source.text().stripLeading();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    void forEachRow(IssueCollector issues, Consumer<CsvRow> action) {
        for (CSVRecord record = next(issues); record != null; record = next(issues)) {
            action.accept(new CsvRow(record, columns, source.lineAt(start(record))));
        }
    }

    /** Where the record's text starts: the parser counts the empty lines it skipped before it as part of it. */
    private long start(CSVRecord record) {
        String text = source.text();
        int offset = (int) record.getCharacterPosition();
        while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
            offset++;
        }
        return offset;
    }

    private CSVRecord next(IssueCollector issues) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw SourceFormatException.fatal(issues, "Broken CSV, reading stopped: " + reason, parser.getCurrentLineNumber() + 1, -1);
        }
    }
}
