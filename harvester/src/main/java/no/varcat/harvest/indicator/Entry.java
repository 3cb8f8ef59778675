package no.varcat.harvest.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.input.Numbers;

/**
 * One JSON object of an indicator file with where it starts, and its properties by case-insensitive
 * name: the same file comes as {@code measureName} from one publisher and {@code MeasureName} from
 * another. A value of the wrong kind throws an {@link EntryProblem} naming the property.
 */
final class Entry {

    private final Map<String, JsonNode> properties = new HashMap<>();
    private final long line;
    private final long column;

    Entry(JsonNode object, long line, long column) {
        object.properties().forEach(p -> properties.putIfAbsent(p.getKey().toLowerCase(Locale.ROOT), p.getValue()));
        this.line = line;
        this.column = column;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }

    /** Whether the object has the property, even as JSON null. */
    boolean has(String name) {
        return properties.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The property names as written in lower case, sorted, for messages that say what an object has. */
    String keys() {
        return String.join(", ", new TreeSet<>(properties.keySet()));
    }

    /** The property's value, or null when it is absent or JSON null. */
    JsonNode get(String name) {
        JsonNode value = properties.get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isNull() ? null : value;
    }

    /** A string, or a number written as one (ids such as organisation numbers come as either); null when absent or blank. */
    String text(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isString() && !value.isNumber()) {
            throw EntryProblem.error("'" + name + "' is not text: " + value);
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String name) {
        String text = text(name);
        if (text == null) {
            throw EntryProblem.error("No '" + name + "'");
        }
        return text;
    }

    /** A JSON number or a numeric string, with a decimal point or comma; null when absent. */
    BigDecimal decimal(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            if (value.isString()) {
                return Numbers.decimal(value.asString());
            }
        } catch (NumberFormatException e) {
            // reported below, with the property's name
        }
        throw EntryProblem.error("'" + name + "' is not a number: " + value);
    }

    /** A whole number of cases, 0 or more; null when absent. */
    Long count(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
            return value.longValue();
        }
        try {
            if (value.isString()) {
                return Numbers.count(value.asString());
            }
        } catch (NumberFormatException e) {
            // reported below, with the property's name
        }
        throw EntryProblem.error("'" + name + "' is not a whole number of 0 or more: " + value);
    }

    /** A nested object, or null when absent. */
    Entry object(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw EntryProblem.error("'" + name + "' is not an object: " + value);
        }
        return new Entry(value, line, column);
    }

    /**
     * A text per language, {@code {"nb": "...", "en": "..."}}, or one string, taken as bokmål.
     * Languages other than nb, nn and en are left out: the catalog shows only those.
     */
    LocalizedText localized(String name) {
        JsonNode value = get(name);
        if (value == null) {
            return LocalizedText.EMPTY;
        }
        if (value.isString()) {
            return LocalizedText.EMPTY.withDefault("nb", blankToNull(value.asString()));
        }
        if (!value.isObject()) {
            throw EntryProblem.error("'" + name + "' is neither text nor an object of texts by language: " + value);
        }
        LocalizedText text = LocalizedText.EMPTY;
        for (Map.Entry<String, JsonNode> language : value.properties()) {
            if (language.getValue().isString()) {
                String tag = language.getKey().toLowerCase(Locale.ROOT).replaceFirst("-.*", "");
                text = text.withDefault(tag, blankToNull(language.getValue().asString()));
            }
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
