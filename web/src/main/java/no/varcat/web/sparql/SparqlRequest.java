package no.varcat.web.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import no.varcat.catalog.store.Iris;

/**
 * A query request as the SPARQL 1.1 Protocol sends it: {@code GET ?query=}, a form POST with
 * {@code query=}, or a POST of {@code application/sparql-query}; with the protocol's
 * {@code default-graph-uri} and {@code named-graph-uri}, and our {@code format}. Anything that asks
 * for an update is refused here, before a parser sees it.
 *
 * @param format the {@code format} parameter, or null: the Accept header decides
 */
record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format) {

    /** Longer queries are refused: a query by hand or by a program is far shorter. */
    static final int MAX_QUERY_CHARS = 100_000;
    private static final long MAX_BODY_BYTES = 4L * MAX_QUERY_CHARS;
    private static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");
    private static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    static SparqlRequest read(HttpServletRequest request) {
        if (request.getParameter("update") != null) {
            throw updateRefused().parameter("update");
        }
        String query = "POST".equals(request.getMethod()) ? postedQuery(request) : single(request, "query");
        if (query == null || query.isBlank()) {
            throw SparqlProblem.of(HttpStatus.BAD_REQUEST, "No query",
                    "Send a SPARQL query in the query parameter (GET or a form POST) or as an application/sparql-query body.")
                    .parameter("query");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw tooLong();
        }
        return new SparqlRequest(query, graphs(request, "default-graph-uri"), graphs(request, "named-graph-uri"),
                single(request, "format"));
    }

    private static String postedQuery(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLong();
        }
        MediaType type = contentType(request);
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            return single(request, "query");
        }
        if (type.isCompatibleWith(SPARQL_UPDATE)) {
            throw updateRefused();
        }
        if (!type.isCompatibleWith(SPARQL_QUERY)) {
            throw unsupported(request.getContentType());
        }
        if (request.getParameter("query") != null) {
            throw SparqlProblem.of(HttpStatus.BAD_REQUEST, "Two queries",
                    "An application/sparql-query POST carries its query in the body, not also in the query parameter.")
                    .parameter("query");
        }
        return body(request, type);
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            if (request.getContentType() != null) {
                return MediaType.parseMediaType(request.getContentType());
            }
        } catch (InvalidMediaTypeException e) {
            // Said below, with the types we take.
        }
        throw unsupported(request.getContentType());
    }

    private static String body(HttpServletRequest request, MediaType type) {
        Charset charset;
        try {
            charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            throw unsupported(request.getContentType());
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLong();
            }
            return new String(bytes, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw SparqlProblem.of(HttpStatus.BAD_REQUEST, "Repeated parameter", "Give the " + name + " parameter once.")
                    .parameter(name);
        }
        return values[0];
    }

    private static List<String> graphs(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        List<String> graphs = values == null ? List.of() : List.of(values);
        for (String graph : graphs) {
            if (!Iris.isAbsolute(graph)) {
                throw SparqlProblem.of(HttpStatus.BAD_REQUEST, "Not a graph name",
                        "Each " + name + " is the absolute IRI of a graph.").parameter(name);
            }
        }
        return graphs;
    }

    static SparqlProblem updateRefused() {
        return SparqlProblem.of(HttpStatus.FORBIDDEN, "Updates are refused",
                "This SPARQL endpoint is read-only: it answers queries (SELECT, ASK, CONSTRUCT, DESCRIBE) and refuses every update.");
    }

    private static SparqlProblem tooLong() {
        return SparqlProblem.of(HttpStatus.CONTENT_TOO_LARGE, "Query too long",
                "A query may be at most " + MAX_QUERY_CHARS + " characters.").parameter("query");
    }

    private static SparqlProblem unsupported(String contentType) {
        return SparqlProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                "POST a query as application/x-www-form-urlencoded (query=...) or as application/sparql-query.")
                .property("accepted", List.of(MediaType.APPLICATION_FORM_URLENCODED_VALUE, SPARQL_QUERY.toString()));
    }
}
