package no.varcat.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.riot.Lang;
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
}
