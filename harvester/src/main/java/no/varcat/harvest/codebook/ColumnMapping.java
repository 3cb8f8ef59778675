package no.varcat.harvest.codebook;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A source's own column names for a codebook whose header no preset knows: one setting, written
 * {@code name=Variabelnavn;label=Etikett;codes=Kodeliste}. A key is what the column means (see
 * {@link #KEYS}); its value the header name, or several separated by '|', the first filled one used
 * ({@code description=Beskrivelse|Hjelpetekst}). Every mapped column must be in the file's header.
 */
public final class ColumnMapping {

    /** The keys a mapping may use, and the column each means. */
    static final Map<String, Column> KEYS = keys();

    private final Map<Column, List<String>> columns;

    private ColumnMapping(Map<Column, List<String>> columns) {
        this.columns = columns;
    }

    /**
     * Reads a mapping.
     *
     * @throws IllegalArgumentException naming the part at fault and what a mapping looks like
     */
    public static ColumnMapping parse(String text) {
        Map<Column, List<String>> columns = new EnumMap<>(Column.class);
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("'" + part.strip() + "' in columns is not key=header name; write e.g. "
                        + "name=Variabelnavn;label=Etikett");
            }
            String key = part.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            Column column = KEYS.get(key);
            if (column == null) {
                throw new IllegalArgumentException("Unknown key '" + key + "' in columns; the keys are " + String.join(", ", KEYS.keySet()));
            }
            List<String> names = Arrays.stream(part.substring(equals + 1).split("\\|")).map(String::strip)
                    .filter(name -> !name.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException("Key '" + key + "' in columns names no header column");
            }
            if (columns.put(column, names) != null) {
                throw new IllegalArgumentException("Key '" + key + "' is given twice in columns");
            }
        }
        if (!columns.containsKey(Column.NAME)) {
            throw new IllegalArgumentException("columns must say which column holds the variable's name, e.g. name=Variabelnavn");
        }
        return new ColumnMapping(columns);
    }

    /** What is wrong with a mapping, for forms; empty when it is fine or not given. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    Map<Column, List<String>> columns() {
        return columns;
    }

    /** The key a column has in a mapping, for messages. */
    static String key(Column column) {
        return KEYS.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> key(e.getKey()) + "=" + String.join("|", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    private static Map<String, Column> keys() {
        Map<String, Column> keys = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            keys.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        return Collections.unmodifiableMap(keys);
    }
}
