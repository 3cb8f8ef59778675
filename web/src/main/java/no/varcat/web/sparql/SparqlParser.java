package no.varcat.web.sparql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.springframework.http.HttpStatus;

/** Parses a request's query as standard SPARQL 1.1 (not Jena's extensions) and applies the protocol's dataset. */
final class SparqlParser {

    private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");
    /** JavaCC's {@code Encountered " "}" "} "" at}: the token's kind, then its text. */
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" .+? \"(.*?) \"\" at");

    private SparqlParser() {
    }

    /**
     * The query, with relative IRIs resolved against the endpoint's own URL (never the server's
     * working directory); the protocol's {@code default-graph-uri} and {@code named-graph-uri}
     * replace the query's FROM and FROM NAMED, as the protocol says.
     */
    static Query parse(SparqlRequest request, String endpoint) {
        Query query;
        try {
            query = QueryFactory.create(request.query(), endpoint, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw isUpdate(request.query(), endpoint) ? SparqlRequest.updateRefused().parameter("query") : syntaxError(e);
        }
        if (!request.defaultGraphs().isEmpty() || !request.namedGraphs().isEmpty()) {
            query.getGraphURIs().clear();
            query.getNamedGraphURIs().clear();
            request.defaultGraphs().forEach(query::addGraphURI);
            request.namedGraphs().forEach(query::addNamedGraphURI);
        }
        return query;
    }

    private static boolean isUpdate(String text, String endpoint) {
        try {
            UpdateFactory.create(text, endpoint, Syntax.syntaxSPARQL_11);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static SparqlProblem syntaxError(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        // The parser's message names the token at fault; the exception's own line and column can be the token before it.
        Matcher at = POSITION.matcher(message);
        boolean said = at.find();
        int line = said ? Integer.parseInt(at.group(1)) : e.getLine();
        int column = said ? Integer.parseInt(at.group(2)) : e.getColumn();
        String detail = ENCOUNTERED.matcher(message.replaceFirst("^Line \\d+, column \\d+: ", "")).replaceFirst("Encountered \"$1\" at");
        SparqlProblem problem = SparqlProblem.of(HttpStatus.BAD_REQUEST, "Query syntax error",
                detail.isBlank() ? "The query is not SPARQL 1.1." : detail).parameter("query");
        return line > 0 ? problem.property("line", line).property("column", column) : problem;
    }
}
