package no.varcat.catalog.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceIdsTest {

    @Test
    void readableFromTheLastSegmentsThatNameSomethingThenTheHash() {
        assertThat(ResourceIds.of("https://sample.varcat.no/fhi/mfr/variable/FVEKT")).isEqualTo("mfr-fvekt-c491ed57");
        assertThat(ResourceIds.of("https://sample.varcat.no/fhi/mfr")).startsWith("fhi-mfr-");
        assertThat(ResourceIds.of("https://data.brreg.no/enhetsregisteret/api/enheter/983744516")).startsWith("983744516-");
        assertThat(ResourceIds.of("https://example.no/Fødselsvekt#Røyk")).startsWith("fodselsvekt-royk-");
    }

    @Test
    void stableAndDistinctForIrisWithTheSameEnding() {
        String a = ResourceIds.of("https://a.example/mfr/variable/KJONN");
        assertThat(ResourceIds.of("https://a.example/mfr/variable/KJONN")).isEqualTo(a);
        assertThat(ResourceIds.of("https://b.example/mfr/variable/KJONN")).isNotEqualTo(a).startsWith("mfr-kjonn-");
    }

    @Test
    void everyIdIsWellFormedAndNothingElseIs() {
        for (String iri : new String[] {"urn:uuid:1234", "https://x.example/", "https://x.example/" + "a".repeat(300),
                "https://x.example/a b/<c>", "https://w3id.org/varcat/genid/abc123"}) {
            assertThat(ResourceIds.isWellFormed(ResourceIds.of(iri))).as(iri).isTrue();
        }
        assertThat(ResourceIds.isWellFormed("x> } DROP ALL")).isFalse();
        assertThat(ResourceIds.isWellFormed("MFR-1234abcd")).isFalse();
        assertThat(ResourceIds.isWellFormed(null)).isFalse();
        assertThat(ResourceIds.isWellFormed("mfr-fvekt")).isFalse();
    }
}
