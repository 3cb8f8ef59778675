package no.varcat.web.sparql;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.QueryAnswer;
import no.varcat.catalog.store.QueryLimits;
import no.varcat.catalog.store.QueryTimeoutException;
import no.varcat.web.catalog.RdfNegotiation;
import no.varcat.web.system.VarcatProperties;

/** The SPARQL 1.1 query endpoint, read-only, over the public graphs (see {@link PublicGraphs}) and within limits. */
@RestController
class SparqlController {

    /** Sent with every answer; with it, {@link #TRUNCATED} says the answer was cut there. */
    static final String RESULT_LIMIT = "Varcat-Result-Limit";
    static final String TRUNCATED = "Varcat-Results-Truncated";

    private static final Logger log = LoggerFactory.getLogger(SparqlController.class);

    private final CatalogStore store;
    private final QueryLimits limits;
    private final QueryPermits permits;
    private final String endpoint;

    SparqlController(CatalogStore store, SparqlProperties properties, VarcatProperties varcat) {
        this.store = store;
        this.limits = properties.limits();
        this.permits = new QueryPermits(properties.maxConcurrent(), properties.timeout());
        this.endpoint = varcat.baseUri().resolve("sparql").toString();
    }

    @RequestMapping(path = "/sparql", method = { RequestMethod.GET, RequestMethod.POST })
    ResponseEntity<byte[]> query(HttpServletRequest request) {
        SparqlRequest sparql = SparqlRequest.read(request);
        Query query = SparqlParser.parse(sparql, endpoint);
        Lang lang = syntaxFor(query, sparql.format(), request.getHeader(HttpHeaders.ACCEPT));
        QueryAnswer answer;
        try {
            answer = permits.run(() -> store.query(query, PublicGraphs.VISIBLE, limits));
        } catch (StackOverflowError e) {
            // The engine walks a query's algebra recursively: thousands of UNION arms or nested groups exhaust the stack.
            throw SparqlProblem.of(HttpStatus.BAD_REQUEST, "Query too deeply nested",
                    "The query nests too deeply (thousands of UNION arms or nested groups) for this endpoint to run.")
                    .parameter("query");
        }
        ResponseEntity.BodyBuilder response = RdfNegotiation.ok(lang)
                .header(RESULT_LIMIT, Integer.toString(limits.maxResults()));
        if (SparqlResults.truncated(answer)) {
            response.header(TRUNCATED, "true");
        }
        return response.body(SparqlResults.write(answer, lang));
    }

    private static Lang syntaxFor(Query query, String format, String accept) {
        List<Lang> offered = query.isSelectType() || query.isAskType() ? RdfNegotiation.QUERY_RESULTS : RdfNegotiation.offeredSyntaxes();
        Lang lang = format != null ? RdfNegotiation.fromFormat(format, offered) : RdfNegotiation.choose(accept, offered);
        if (lang == null) {
            SparqlProblem problem = SparqlProblem.of(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                    "This query's answer comes as " + String.join(", ", RdfNegotiation.contentTypes(offered)) + ".")
                    .property("available", RdfNegotiation.contentTypes(offered));
            throw format != null ? problem.parameter("format") : problem;
        }
        return lang;
    }

    @ExceptionHandler(SparqlProblem.class)
    ResponseEntity<ProblemDetail> problem(SparqlProblem problem) {
        return problem.response();
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<ProblemDetail> timeout(QueryTimeoutException e) {
        return SparqlProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "Query time limit",
                "The query ran past the time limit of " + seconds(e.limit()) + " and was stopped. Narrow it: bind a class or "
                        + "a property in each pattern, join patterns on shared variables instead of crossing them, "
                        + "and add a LIMIT.").property("timeLimitMillis", e.limit().toMillis()).response();
    }

    @ExceptionHandler(QueryDeniedException.class)
    ResponseEntity<ProblemDetail> denied(QueryDeniedException e) {
        return SparqlProblem.of(HttpStatus.BAD_REQUEST, "Not offered",
                "This endpoint answers from its own store only: SERVICE (federated query) is not offered.").parameter("query").response();
    }

    /** What the engine refuses while running a query that parsed (for example a function it cannot call). */
    @ExceptionHandler(QueryException.class)
    ResponseEntity<ProblemDetail> refused(QueryException e) {
        log.debug("SPARQL query refused while running", e);
        return SparqlProblem.of(HttpStatus.BAD_REQUEST, "Query cannot be run", String.valueOf(e.getMessage())).parameter("query").response();
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
