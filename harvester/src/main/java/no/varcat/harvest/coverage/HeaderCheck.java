package no.varcat.harvest.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Says what is wrong when a header lacks the columns its layout needs. The usual cause is not a
 * missing column but a file saved with another delimiter or configured with the other preset, so
 * the message tries the other delimiters and presets and names the one that fits.
 */
final class HeaderCheck {

    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private HeaderCheck() {
    }

    /** The missing columns' message, or null when nothing is missing. */
    static String problem(CoverageLayout.Header layout, List<String> header, String headerLine) {
        List<String> missing = new ArrayList<>(layout.required());
        missing.removeAll(header);
        if (missing.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder("Missing required column")
                .append(missing.size() == 1 ? " " : "s ").append(String.join(", ", missing))
                .append(" (preset ").append(layout.preset()).append(" expects a '").append(name(layout.delimiter()))
                .append("'-separated header ").append(String.join(String.valueOf(layout.delimiter()), layout.required()))
                .append("; found: ").append(headerLine.isEmpty() ? "nothing" : headerLine).append(").");
        for (char delimiter : DELIMITERS) {
            if (delimiter == layout.delimiter() || headerLine.indexOf(delimiter) < 0) {
                continue;
            }
            List<String> names = split(headerLine, delimiter);
            if (names.containsAll(layout.required())) {
                return message.append(" The file was probably saved with '").append(name(delimiter))
                        .append("' as delimiter instead of '").append(name(layout.delimiter())).append("'.").toString();
            }
            for (CoverageLayout.Header other : CoverageLayout.presets()) {
                if (other.delimiter() == delimiter && names.containsAll(other.required())) {
                    return message.append(" The file uses '").append(name(delimiter)).append("' as delimiter and looks like preset '")
                            .append(other.preset()).append("': is the source's preset right?").toString();
                }
            }
        }
        char likely = mostFrequent(headerLine, layout.delimiter());
        if (likely != 0 && header.size() <= 1) {
            message.append(" The header has no '").append(name(layout.delimiter())).append("' but ").append(count(headerLine, likely))
                    .append(" '").append(name(likely)).append("': the delimiter was probably '").append(name(likely)).append("'.");
        }
        return message.toString();
    }

    private static List<String> split(String line, char delimiter) {
        return Arrays.stream(line.split(Pattern.quote(String.valueOf(delimiter)), -1))
                .map(name -> name.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
    }

    private static char mostFrequent(String line, char except) {
        char best = 0;
        long most = 0;
        for (char delimiter : DELIMITERS) {
            long n = count(line, delimiter);
            if (delimiter != except && n > most) {
                best = delimiter;
                most = n;
            }
        }
        return best;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static String name(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }
}
