package no.varcat.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

class RdfNegotiationTest {

    @Test
    void turtleWhenTheClientDoesNotSay() {
        assertThat(RdfNegotiation.choose(null)).isEqualTo(Lang.TURTLE);
        assertThat(RdfNegotiation.choose("*/*")).isEqualTo(Lang.TURTLE);
    }

    @Test
    void browsersGetTurtleToRead() {
        assertThat(RdfNegotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isEqualTo(Lang.TURTLE);
    }

    @Test
    void theHighestQualityOfferedSyntaxWins() {
        assertThat(RdfNegotiation.choose("application/ld+json;q=0.5, application/rdf+xml")).isEqualTo(Lang.RDFXML);
        assertThat(RdfNegotiation.choose("application/n-triples")).isEqualTo(Lang.NTRIPLES);
    }

    @Test
    void nothingOfferedIsNull() {
        assertThat(RdfNegotiation.choose("application/pdf")).isNull();
        assertThat(RdfNegotiation.choose("text/turtle;q=0, application/pdf")).isNull();
    }

    @Test
    void formatParametersNameTheSyntaxForLinks() {
        assertThat(RdfNegotiation.fromFormat("turtle")).isEqualTo(Lang.TURTLE);
        assertThat(RdfNegotiation.fromFormat("JSONLD")).isEqualTo(Lang.JSONLD);
        assertThat(RdfNegotiation.fromFormat("rdfxml")).isEqualTo(Lang.RDFXML);
        assertThat(RdfNegotiation.fromFormat("html")).isNull();
        assertThat(RdfNegotiation.fromFormat(null)).isNull();
    }

    @Test
    void queryResultsByTheirTypesSuffixesAndWildcards() {
        assertThat(RdfNegotiation.choose(null, RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(RdfNegotiation.choose("*/*", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(RdfNegotiation.choose("text/csv", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_CSV);
        assertThat(RdfNegotiation.choose("text/tab-separated-values", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_TSV);
        assertThat(RdfNegotiation.choose("application/json", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(RdfNegotiation.choose("text/csv;q=0.5, application/sparql-results+xml", RdfNegotiation.QUERY_RESULTS))
                .isEqualTo(ResultSetLang.RS_XML);
        assertThat(RdfNegotiation.choose("text/turtle", RdfNegotiation.QUERY_RESULTS)).isNull();
        assertThat(RdfNegotiation.choose("application/json", RdfNegotiation.offeredSyntaxes())).isEqualTo(Lang.JSONLD);
        assertThat(RdfNegotiation.choose("text/*", RdfNegotiation.offeredSyntaxes())).isEqualTo(Lang.TURTLE);
        assertThat(RdfNegotiation.choose("application/sparql-results+json", RdfNegotiation.offeredSyntaxes())).isNull();
    }

    @Test
    void formatParametersByJenasNames() {
        assertThat(RdfNegotiation.fromFormat("json", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_JSON);
        assertThat(RdfNegotiation.fromFormat("XML", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_XML);
        assertThat(RdfNegotiation.fromFormat("tsv", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_TSV);
        assertThat(RdfNegotiation.fromFormat("text/csv", RdfNegotiation.QUERY_RESULTS)).isEqualTo(ResultSetLang.RS_CSV);
        assertThat(RdfNegotiation.fromFormat("ttl", RdfNegotiation.offeredSyntaxes())).isEqualTo(Lang.TURTLE);
        assertThat(RdfNegotiation.fromFormat("json-ld", RdfNegotiation.offeredSyntaxes())).isEqualTo(Lang.JSONLD);
        assertThat(RdfNegotiation.fromFormat("nt", RdfNegotiation.offeredSyntaxes())).isEqualTo(Lang.NTRIPLES);
        assertThat(RdfNegotiation.fromFormat("turtle", RdfNegotiation.QUERY_RESULTS)).isNull();
        assertThat(RdfNegotiation.fromFormat("banana", RdfNegotiation.offeredSyntaxes())).isNull();
    }
}
