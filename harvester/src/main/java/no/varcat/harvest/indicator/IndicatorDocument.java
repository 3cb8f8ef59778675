package no.varcat.harvest.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.input.SourceText;

/**
 * The two lists of an indicator file, {@code indicators} and {@code data}, each entry with the line
 * and column it starts at. Read as a token stream rather than one tree because a tree forgets
 * positions, and a report that says "row 412 of data" sends the user counting. A file that is one
 * JSON list is one of SKDE's results-portal exports ({@link Shape}): its entries are the indicators
 * or the data, by what the first entry has.
 */
record IndicatorDocument(Shape shape, List<Entry> indicators, List<Entry> data) {

    /** Which layout the file has (docs/source-formats.md, {@code indicator-json}). */
    enum Shape {
        /** varcat's own object with {@code indicators} and {@code data}. */
        OBJECT,
        /** SKDE's list of indicator descriptions ({@code description.json}: id, rname, level_green...). */
        SKDE_DESCRIPTIONS,
        /** SKDE's list of results per unit and year ({@code indicator_*.json}: ind_id, year, var...). */
        SKDE_RESULTS
    }

    // Exact decimals: 0.1 stays "0.1" and not the nearest double. Entries are read one by one from
    // inside the lists, so what follows an entry is the rest of the list, not trailing garbage.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** What {@link #readList} calls a top-level list. */
    private static final String LIST = "list";

    /** @throws SourceFormatException after recording an issue, when the text is not JSON of this shape */
    static IndicatorDocument parse(SourceText source, IssueCollector issues) {
        List<Entry> indicators = new ArrayList<>();
        List<Entry> data = new ArrayList<>();
        boolean found = false;
        try (JsonParser parser = MAPPER.createParser(source.text())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return list(parser, issues);
            }
            if (first != JsonToken.START_OBJECT) {
                throw fatal(issues, "Expected a JSON object with 'indicators' and 'data', or a list of SKDE's indicator descriptions"
                        + " or results, found " + describe(parser), parser.currentTokenLocation());
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName().toLowerCase(Locale.ROOT);
                parser.nextToken();
                switch (name) {
                    case "indicators" -> found |= readList(parser, "indicators", indicators, issues);
                    case "data" -> found |= readList(parser, "data", data, issues);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw fatal(issues, "Unexpected content after the end of the JSON object", parser.currentTokenLocation());
            }
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            String message = "Not valid JSON: " + e.getOriginalMessage();
            // Nothing after a syntax error can be read: the run stops, as for the other formats.
            issues.add(Severity.FATAL, message, where == null ? -1 : where.getLineNr(), where == null ? -1 : where.getColumnNr());
            throw new SourceFormatException(message, e);
        }
        if (!found) {
            throw SourceFormatException.fatal(issues, "The JSON object has neither 'indicators' nor 'data': not an indicator file", 1, -1);
        }
        return new IndicatorDocument(Shape.OBJECT, indicators, data);
    }

    /** A top-level list: SKDE's descriptions or results, told apart by the keys of the first object. */
    private static IndicatorDocument list(JsonParser parser, IssueCollector issues) {
        List<Entry> entries = new ArrayList<>();
        readList(parser, LIST, entries, issues);
        if (parser.nextToken() != null) {
            throw fatal(issues, "Unexpected content after the end of the JSON list", parser.currentTokenLocation());
        }
        if (entries.isEmpty()) {
            throw SourceFormatException.fatal(issues, "The JSON list has no objects: no indicators or results to read", 1, -1);
        }
        Entry first = entries.get(0);
        if (first.has("ind_id")) {
            return new IndicatorDocument(Shape.SKDE_RESULTS, List.of(), entries);
        }
        if (first.has("id") && (first.has("rname") || first.has("level_green") || first.has("level_yellow"))) {
            return new IndicatorDocument(Shape.SKDE_DESCRIPTIONS, entries, List.of());
        }
        throw SourceFormatException.fatal(issues, "A JSON list, but its first object (keys " + first.keys()
                + ") is neither an SKDE indicator description (with 'id' and 'rname' or 'level_green') nor an SKDE result"
                + " (with 'ind_id'); a varcat indicator file is an object with 'indicators' and 'data' (docs/source-formats.md)",
                first.line(), first.column());
    }

    /** Reads one list; an entry that is not an object is reported and left out. False if the value is no list. */
    private static boolean readList(JsonParser parser, String name, List<Entry> into, IssueCollector issues) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            TokenStreamLocation where = parser.currentTokenLocation();
            issues.add(Severity.ERROR, "'" + name + "' is not a list but " + describe(parser) + "; ignored", where.getLineNr(), where.getColumnNr());
            parser.skipChildren();
            return false;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            TokenStreamLocation where = parser.currentTokenLocation();
            JsonNode node = MAPPER.readTree(parser);
            if (node != null && node.isObject()) {
                into.add(new Entry(node, where.getLineNr(), where.getColumnNr()));
            } else {
                String list = name.equals(LIST) ? "the list" : "'" + name + "'";
                issues.add(Severity.ERROR, "An entry of " + list + " is not an object: " + node + "; skipped",
                        where.getLineNr(), where.getColumnNr());
            }
        }
        return true;
    }

    private static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static SourceFormatException fatal(IssueCollector issues, String message, TokenStreamLocation where) {
        return SourceFormatException.fatal(issues, message, where.getLineNr(), where.getColumnNr());
    }
}
