package no.varcat.harvest.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Says why a header lacks the columns a preset needs. Mostly the delimiter is another (a
 * spreadsheet in a Norwegian locale saves ';'), sometimes the file is in the other preset.
 */
final class HeaderDiagnosis {

    private static final Map<Character, String> DELIMITERS = Map.of(';', "';'", ',', "','", '\t', "tab", '|', "'|'");

    private HeaderDiagnosis() {
    }

    /** For a CSV header line read with the layout's delimiter. */
    static String csv(String headerLine, CodebookLayout layout) {
        char likely = likelyDelimiter(headerLine);
        String hint = "";
        if (likely != layout.delimiter() && count(headerLine, likely) > 0) {
            hint = "; the header looks " + DELIMITERS.get(likely) + "-separated, but preset " + layout.name()
                    + " expects " + DELIMITERS.get(layout.delimiter());
        }
        for (CodebookLayout other : CodebookLayout.PRESETS) {
            // A sheet-per-register layout is no CSV layout to suggest.
            if (other != layout && other.registers() != CodebookLayout.Registers.SHEET
                    && BoundColumns.bind(other, split(headerLine, other.delimiter())).missing().isEmpty()) {
                return hint + "; it looks like preset " + other.name();
            }
        }
        return hint.isEmpty() ? "; found " + found(split(headerLine, layout.delimiter())) : hint;
    }

    /** For a sheet's header row. */
    static String sheet(List<String> header, CodebookLayout layout) {
        for (CodebookLayout other : CodebookLayout.PRESETS) {
            if (other != layout && BoundColumns.bind(other, header).missing().isEmpty()) {
                return "; it looks like preset " + other.name();
            }
        }
        return "; found " + found(header);
    }

    private static String found(List<String> header) {
        List<String> names = header.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            return "no column names";
        }
        String shown = names.stream().limit(8).map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        return "columns " + shown + (names.size() > 8 ? ", ..." : "");
    }

    private static char likelyDelimiter(String line) {
        char best = ',';
        for (char candidate : DELIMITERS.keySet()) {
            if (count(line, candidate) > count(line, best)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Occurrences outside double quotes. */
    private static int count(String line, char delimiter) {
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

    private static List<String> split(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            return parser.getRecords().stream().findFirst().map(record -> record.toList()).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            // Only a hint: a header this broken gets the plain "lacks columns" message.
            return List.of();
        }
    }
}
