package no.varcat.harvest.coverage;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.input.CsvRecords;
import no.varcat.harvest.input.SourceText;

/**
 * A coverage CSV file read through the harvester's CSV layer ({@link CsvRecords}): the header's
 * column names (lower case, trimmed) and the data rows by name, each with the line it starts on.
 */
final class CsvTable {

    private final CsvRecords records;
    private final List<String> header;
    private final Map<String, Integer> columns;

    private CsvTable(CsvRecords records) {
        this.records = records;
        this.header = records.next().map(first -> first.cells().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList())
                .orElse(List.of());
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i), i);
        }
        this.columns = Collections.unmodifiableMap(byName);
    }

    /** Opens the text and reads its header line. */
    static CsvTable open(SourceText source, char delimiter, IssueCollector issues) {
        return new CsvTable(CsvRecords.open(source, delimiter, issues));
    }

    /** Lower-case column names in header order. */
    List<String> header() {
        return header;
    }

    /** The header line as written, for telling which delimiter the file really uses. */
    String headerLine() {
        return records.firstLine().strip();
    }

    void forEachRow(IssueCollector issues, Consumer<CsvRow> action) {
        for (Optional<CsvRecords.Row> record = records.next(); record.isPresent(); record = records.next()) {
            action.accept(new CsvRow(record.get().cells(), columns, record.get().line()));
        }
    }
}
