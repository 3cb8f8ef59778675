package no.varcat.harvest.input;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * The harvester's one way to read CSV (commons-csv): decoded text (a BOM is gone already, see
 * {@link SourceText}) split into records, each with the line it starts on; a quoted cell may span
 * lines, so a record's number is not its line. Empty lines are skipped. Quoting that never closes is
 * fatal at the record it starts in, as nothing after it can be trusted.
 */
public final class CsvRecords {

    /** One record's cells and the 1-based line it starts on. */
    public record Row(long line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The delimiters {@link #detectDelimiter} chooses between. */
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final SourceText source;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final IssueCollector issues;
    private long lastEndLine;
    private boolean headerBroken;

    private CsvRecords(SourceText source, char delimiter, CSVParser parser, IssueCollector issues) {
        this.source = source;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.issues = issues;
    }

    /** Opens the text for reading with this delimiter. */
    public static CsvRecords open(SourceText source, char delimiter, IssueCollector issues) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try {
            return new CsvRecords(source, delimiter, CSVParser.builder().setReader(new StringReader(source.text())).setFormat(format).get(),
                    issues);
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Cannot read the CSV: " + e.getMessage(), -1, -1, e);
        }
    }

    /**
     * The delimiter the first non-blank line (the header) uses: of ',', ';' and tab, the one that occurs
     * most often outside double quotes; {@code fallback} when none occurs. Registers save with what their
     * spreadsheet's locale says (Norwegian Excel writes ';'), so the file knows better than a preset.
     */
    public static char detectDelimiter(String text, char fallback) {
        String header = firstLine(text);
        char best = fallback;
        int most = 0;
        for (char candidate : DELIMITERS) {
            int count = countOutsideQuotes(header, candidate);
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** A delimiter as messages name it: "','", "';'", "tab". */
    public static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    public char delimiter() {
        return delimiter;
    }

    /** The first non-blank line as written, for messages about the header. */
    public String firstLine() {
        return firstLine(source.text());
    }

    /**
     * The next record, or empty at the end.
     *
     * <p>A first record that does not parse was mostly split at the wrong delimiter ('"a";"b"' read
     * with ','): it is returned as one cell holding the first line, so the header check can name the
     * missing columns and the likely delimiter. Later broken quoting is fatal.
     */
    public Optional<Row> next() {
        if (headerBroken) {
            return Optional.empty();
        }
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            CSVRecord record = records.next();
            Row read = new Row(source.lineAt(start(record)), record.toList());
            lastEndLine = parser.getCurrentLineNumber();
            return Optional.of(read);
        } catch (UncheckedIOException | IllegalStateException e) {
            if (lastEndLine == 0) {
                headerBroken = true;
                String text = source.text();
                return Optional.of(new Row(source.lineAt(start(text, 0)), List.of(firstLine(text))));
            }
            String reason = e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage();
            throw SourceFormatException.fatal(issues, "Malformed CSV in the record starting at line " + (lastEndLine + 1) + ": " + reason
                    + ". Most often a quote (\") opens a cell and never closes: close it, or write a quote inside a quoted cell as \"\"",
                    lastEndLine + 1, -1, e);
        }
    }

    /** Every record that is left. */
    public List<Row> readAll() {
        List<Row> all = new ArrayList<>();
        for (Optional<Row> record = next(); record.isPresent(); record = next()) {
            all.add(record.get());
        }
        return all;
    }

    /** Where the record's text starts: the parser counts the empty lines it skipped before it as part of it. */
    private long start(CSVRecord record) {
        return start(source.text(), (int) record.getCharacterPosition());
    }

    private static long start(String text, int offset) {
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset)) && text.charAt(offset) != '\t') {
            offset++;
        }
        return offset;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
