package no.varcat.catalog.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.register.MetadataCompleteness.Check;
import no.varcat.catalog.register.MetadataCompleteness.Item;
import no.varcat.catalog.register.MetadataCompleteness.Score;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableSummary;

class MetadataCompletenessTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final LocalizedText TEXT = new LocalizedText("tekst", null, "text");

    @Test
    void aRegisterWithEverythingScoresFull() {
        Score score = MetadataCompleteness.assess(complete(), List.of(
                variable("VEKT", TEXT, XSD + "integer", false),
                variable("KJONN", TEXT, "https://example.org/codelist/kjonn", true)), true, true);

        assertThat(score.share()).isEqualTo(1.0);
        assertThat(score.missing()).isEmpty();
        assertThat(score.checks()).extracting(Check::item).containsExactly(Item.values());
    }

    @Test
    void anEmptyRegisterMissesEverything() {
        RegisterDetails bare = new RegisterDetails(new RegisterSummary("https://example.org/r", null, LocalizedText.EMPTY,
                LocalizedText.EMPTY, null, 0), null, null, null, List.of(), null, null, null, null, LocalizedText.EMPTY, List.of());

        Score score = MetadataCompleteness.assess(bare, List.of(), false, false);

        assertThat(score.share()).isZero();
        assertThat(score.missing()).extracting(Check::item).containsExactly(Item.values());
    }

    @Test
    void missingRegisterPropertiesAreNamedAndCostOnePointEach() {
        RegisterDetails full = complete();
        RegisterDetails partial = new RegisterDetails(full.summary(), null, null, full.accessRights(), List.of(),
                full.firstYear(), full.lastYear(), full.landingPage(), null, LocalizedText.EMPTY, List.of());

        Score score = MetadataCompleteness.assess(partial, List.of(variable("VEKT", TEXT, XSD + "integer", false)), true, false);

        assertThat(score.missing()).extracting(Check::item)
                .containsExactly(Item.CONTACT_POINT, Item.LEGAL_BASIS, Item.THEMES, Item.QUALITY_INDICATORS);
        assertThat(score.share()).isCloseTo(8.0 / 12, within(1e-9));
    }

    @Test
    void variableItemsCountTheShareOfVariablesThatHaveThem() {
        List<VariableSummary> variables = List.of(
                variable("VEKT", TEXT, XSD + "integer", false),
                variable("LENGDE", LocalizedText.EMPTY, XSD + "decimal", false),
                variable("DIAGNOSE", TEXT, "https://example.org/codelist/not-harvested", false),
                variable("MERKNAD", LocalizedText.EMPTY, null, false));

        Score score = MetadataCompleteness.assess(complete(), variables, true, true);

        assertThat(score.missing()).containsExactly(
                new Check(Item.VARIABLE_DEFINITIONS, 0.5, 2),
                new Check(Item.VARIABLE_VALUE_DOMAINS, 0.5, 2));
        assertThat(score.share()).isCloseTo(11.0 / 12, within(1e-9));
    }

    @Test
    void textDatesAndLanguageStringsNeedNoCodeList() {
        assertThat(MetadataCompleteness.valuesDescribed(variable("MERKNAD", TEXT, XSD + "string", false))).isTrue();
        assertThat(MetadataCompleteness.valuesDescribed(variable("DATO", TEXT, XSD + "date", false))).isTrue();
        assertThat(MetadataCompleteness.valuesDescribed(variable("NAVN", TEXT,
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", false))).isTrue();
    }

    @Test
    void itemsHaveMessageKeys() {
        assertThat(Item.VARIABLE_VALUE_DOMAINS.messageKey()).isEqualTo("completeness.variable-value-domains");
    }

    private static RegisterDetails complete() {
        RegisterSummary summary = new RegisterSummary("https://example.org/r", "r", TEXT, TEXT, "Folkehelseinstituttet", 2);
        return new RegisterDetails(summary, "Registerkontakt", "post@example.org",
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC",
                List.of(new LegalBasis(TEXT, "https://lovdata.no/x")), 1967, null, "https://example.org/r.html", 10L,
                TEXT, List.of("http://publications.europa.eu/resource/authority/data-theme/HEAL"));
    }

    private static VariableSummary variable(String notation, LocalizedText definition, String representation, boolean codeList) {
        return new VariableSummary("https://example.org/v/" + notation, notation, TEXT, definition,
                "https://example.org/r", TEXT, 2000, null, representation, codeList, LocalizedText.EMPTY);
    }
}
