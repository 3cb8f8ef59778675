package no.varcat.harvest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.RiotException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clear reports for JSON-LD that cannot be read. Jena's JSON-LD parser (Titanium) says only "could
 * not be loaded or parsed", with a position that is not the line and column of the fault, for any
 * malformed JSON; so the JSON is checked here first, with Jackson's line and column, and what
 * Titanium refuses in well-formed JSON is reported with Titanium's own words, the deepest cause.
 */
final class JsonLdSyntax {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLdSyntax() {
    }

    /**
     * The source's bytes, after checking that they are one JSON object or list, nothing after it.
     *
     * @throws SourceFormatException after recording a fatal issue with line and column, when they are not
     */
    static InputStream wellFormed(InputStream in, IssueCollector issues) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        if (bytes.length == 0) {
            // Nothing to say about syntax: the harvester reports an empty source as such.
            return new ByteArrayInputStream(bytes);
        }
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                throw fatal(issues, "Not valid JSON-LD: a JSON-LD document is a JSON object or list, this one is " + describe(first),
                        parser.currentTokenLocation(), null);
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw fatal(issues, "Not valid JSON: more content after the end of the top-level " + (first == JsonToken.START_OBJECT ? "object" : "list"),
                        parser.currentTokenLocation(), null);
            }
        } catch (JacksonException e) {
            throw fatal(issues, "Not valid JSON, so not JSON-LD: " + withoutSource(e.getOriginalMessage()), e.getLocation(), e);
        }
        return new ByteArrayInputStream(bytes);
    }

    /** The message for a JSON-LD document that is well-formed JSON and still cannot be turned into RDF. */
    static String explain(RiotException e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String reason = deepest.getMessage() == null ? e.getMessage() : deepest.getMessage();
        if (reason != null && reason.contains("LOADING_DOCUMENT_FAILED")) {
            return "Not valid JSON-LD: the JSON is well-formed, but a document it needs could not be loaded, most likely a remote "
                    + "@context (use an inline @context, or check that its URL answers) [code=LOADING_DOCUMENT_FAILED]";
        }
        return "Not valid JSON-LD: " + reason;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "empty";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** Jackson's message without the location it appends: the issue has line and column already. */
    private static String withoutSource(String message) {
        if (message == null) {
            return "unreadable";
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.replaceAll(" \\(start marker at \\[Source:[^\\]]*\\]\\)", "").strip();
    }

    private static SourceFormatException fatal(IssueCollector issues, String message, TokenStreamLocation where, Throwable cause) {
        return SourceFormatException.fatal(issues, message, where == null ? -1 : where.getLineNr(), where == null ? -1 : where.getColumnNr(), cause);
    }
}
