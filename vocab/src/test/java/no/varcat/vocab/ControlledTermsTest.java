package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlledTermsTest {

    @Test
    void microdataNoTemporalityCodesAreTheNotations() {
        assertThat(ControlledTerms.TEMPORALITY.terms()).extracting(ControlledTerms.Term::notation)
                .containsExactlyInAnyOrder("FIXED", "STATUS", "ACCUMULATED", "EVENT");
        assertThat(ControlledTerms.TEMPORALITY.byText("event").orElseThrow().iri()).isEqualTo("https://w3id.org/varcat/temporality/event");
        assertThat(ControlledTerms.TEMPORALITY.byText("Forløpsdata").orElseThrow().param()).isEqualTo("event");
    }

    @Test
    void aUnitTypeIsFoundByNotationLabelOrOtherNameIgnoringCaseAndAccents() {
        ControlledTerms units = ControlledTerms.UNIT_TYPES;

        assertThat(units.byText("PERSON").orElseThrow().param()).isEqualTo("person");
        assertThat(units.byText("individuals").orElseThrow().param()).isEqualTo("person");
        assertThat(units.byText("SYKEHUSOPPHOLD").orElseThrow().param()).isEqualTo("episode");
        assertThat(units.byText(" hospital_stay ").orElseThrow().param()).isEqualTo("episode");
        assertThat(units.byText("KJORETOY").orElseThrow().labelNb()).isEqualTo("Kjøretøy");
        assertThat(units.byText("utlevering").orElseThrow().labelEn()).isEqualTo("Prescription");
        assertThat(units.byText("romskip")).isEmpty();
        assertThat(units.byText(" ")).isEmpty();
    }

    @Test
    void urlsNameAConceptByTheLastSegmentOfItsIri() {
        assertThat(ControlledTerms.UNIT_TYPES.byParam("Prescription").orElseThrow().iri())
                .isEqualTo("https://w3id.org/varcat/unit-type/prescription");
        assertThat(ControlledTerms.UNIT_TYPES.byParam("PERSON")).isPresent();
        assertThat(ControlledTerms.UNIT_TYPES.byParam("no-such")).isEmpty();
        assertThat(ControlledTerms.UNIT_TYPES.byIri("https://w3id.org/varcat/unit-type/birth").orElseThrow().labelNb()).isEqualTo("Fødsel");
    }
}
