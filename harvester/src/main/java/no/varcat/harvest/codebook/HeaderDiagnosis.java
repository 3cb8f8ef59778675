package no.varcat.harvest.codebook;

import java.util.List;
import java.util.stream.Collectors;

import no.varcat.harvest.input.CsvRecords;

/**
 * Says why a header lacks the columns a preset needs: the file may be in another preset, or its
 * columns are named otherwise (then the source's column mapping says which is which).
 */
final class HeaderDiagnosis {

    private HeaderDiagnosis() {
    }

    /** For a CSV header, read with the delimiter it was found to use. */
    static String csv(List<String> header, char delimiter, CodebookLayout layout) {
        for (CodebookLayout other : CodebookLayout.PRESETS) {
            // A sheet-per-register layout is no CSV layout to suggest.
            if (other != layout && other.registers() != CodebookLayout.Registers.SHEET
                    && BoundColumns.bind(other, header).missing().isEmpty()) {
                return "; it looks like preset " + other.name();
            }
        }
        return "; found " + found(header) + " (read as " + CsvRecords.name(delimiter) + "-separated)";
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
}
