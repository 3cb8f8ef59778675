package no.varcat.web.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlNegotiationTest {

    @Test
    void xmlWildcardsAndNoHeaderAreAccepted() {
        assertThat(XmlNegotiation.acceptsXml(null)).isTrue();
        assertThat(XmlNegotiation.acceptsXml("")).isTrue();
        assertThat(XmlNegotiation.acceptsXml("application/xml")).isTrue();
        assertThat(XmlNegotiation.acceptsXml("text/xml")).isTrue();
        assertThat(XmlNegotiation.acceptsXml("application/*")).isTrue();
        assertThat(XmlNegotiation.acceptsXml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(XmlNegotiation.acceptsXml("no such type")).as("unreadable: as no header").isTrue();
    }

    @Test
    void otherTypesAndRefusedXmlAreNot() {
        assertThat(XmlNegotiation.acceptsXml("text/turtle")).isFalse();
        assertThat(XmlNegotiation.acceptsXml("application/json, text/html")).isFalse();
        assertThat(XmlNegotiation.acceptsXml("application/xml;q=0")).isFalse();
    }
}
