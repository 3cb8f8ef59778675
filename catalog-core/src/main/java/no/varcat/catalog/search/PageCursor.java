package no.varcat.catalog.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Where a page starts in the sorted results: the sort values of the hit just before it (forward)
 * or just after it (backward), so deep pages are found with search_after instead of skipping
 * thousands of hits. {@link #token()} is what the URL carries: the values as JSON, base64url.
 *
 * @param backward true for the page before the hit with these sort values
 */
public record PageCursor(List<FieldValue> sortValues, boolean backward) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PageCursor {
        sortValues = List.copyOf(sortValues);
    }

    /** The page after the hit with these sort values. */
    public static PageCursor after(List<FieldValue> sortValues) {
        return new PageCursor(sortValues, false);
    }

    /** A cursor from a URL token; empty when the token is missing or not one of ours. */
    public static Optional<PageCursor> parse(String token, boolean backward) {
        if (token == null || token.isBlank() || token.length() > 4_000) {
            return Optional.empty();
        }
        try {
            JsonNode values = JSON.readTree(new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8));
            if (!values.isArray() || values.isEmpty()) {
                return Optional.empty();
            }
            List<FieldValue> sortValues = new ArrayList<>();
            for (JsonNode value : values) {
                if (value.isIntegralNumber()) {
                    sortValues.add(FieldValue.of(value.asLong()));
                } else if (value.isNumber()) {
                    sortValues.add(FieldValue.of(value.asDouble()));
                } else if (value.isString()) {
                    sortValues.add(FieldValue.of(value.asString()));
                } else if (value.isBoolean()) {
                    sortValues.add(FieldValue.of(value.asBoolean()));
                } else if (value.isNull()) {
                    sortValues.add(FieldValue.NULL);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new PageCursor(sortValues, backward));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }

    public String token() {
        ArrayNode values = JSON.createArrayNode();
        for (FieldValue value : sortValues) {
            switch (value._kind()) {
                case Long -> values.add(value.longValue());
                case Double -> values.add(value.doubleValue());
                case Boolean -> values.add(value.booleanValue());
                case String -> values.add(value.stringValue());
                case Null -> values.addNull();
                default -> values.add(String.valueOf(value._get()));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsString(values).getBytes(StandardCharsets.UTF_8));
    }
}
