package no.varcat.harvest.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** The Accept header for a reader's media types, and whether a Content-Type contradicts them. */
final class MediaTypes {

    /** Types servers use for any file; they say nothing about the format. */
    private static final Set<String> GENERIC = Set.of("text/plain", "application/octet-stream", "binary/octet-stream");

    private MediaTypes() {
    }

    /** The reader's types, with anything else as a last resort: a server that has only one form sends it. */
    static String accept(List<String> types) {
        return types.isEmpty() ? "*/*" : String.join(", ", types) + ", */*;q=0.1";
    }

    /** The bare, lower-case type of a Content-Type header value, without parameters. */
    static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code type} can be content of the reader's {@code expected} types: one of them, the same
     * RDF syntax to Jena (text/turtle and application/turtle), the same family (any XML or any JSON),
     * or a generic type.
     */
    static boolean fits(String type, List<String> expected) {
        if (expected.isEmpty() || type.isEmpty() || GENERIC.contains(type)) {
            return true;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        return expected.stream().anyMatch(e -> e.equals(type) || family(e).equals(family(type))
                || (lang != null && lang.equals(RDFLanguages.contentTypeToLang(e))));
    }

    private static String family(String type) {
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return "html";
        }
        if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
            return "xml";
        }
        if (type.equals("application/json") || type.equals("text/json") || type.endsWith("+json")) {
            return "json";
        }
        return type;
    }
}
