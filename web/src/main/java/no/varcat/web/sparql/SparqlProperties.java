package no.varcat.web.sparql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import no.varcat.catalog.store.QueryLimits;

/**
 * The limits of the public SPARQL endpoint ({@code varcat.sparql.*}).
 *
 * @param timeout    a query is stopped after this long
 * @param maxResults    at most this many rows (SELECT), triples (CONSTRUCT, DESCRIBE) or described resources (DESCRIBE)
 * @param maxConcurrent at most this many queries run at once; more are answered 503 at once
 */
@ConfigurationProperties("varcat.sparql")
record SparqlProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") int maxResults,
        @DefaultValue("4") int maxConcurrent) {

    QueryLimits limits() {
        return new QueryLimits(timeout, maxResults);
    }
}
