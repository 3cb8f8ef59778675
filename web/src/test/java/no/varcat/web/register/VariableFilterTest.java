package no.varcat.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableSummary;

class VariableFilterTest {

    private static final List<VariableSummary> VARIABLES = List.of(
            variable("VEKT", new LocalizedText("Fødselsvekt", null, "Birth weight"), new LocalizedText("Barnets vekt ved fødselen", null, null)),
            variable("MORS_ALDER", new LocalizedText("Mors alder", null, "Mother's age"), LocalizedText.EMPTY),
            variable("APGAR5", new LocalizedText("Apgar-skår etter 5 minutter", null, null), new LocalizedText("Vurdering av den nyfødte", null, null)));

    @Test
    void noTextKeepsEveryVariable() {
        assertThat(VariableFilter.matching(VARIABLES, null)).isEqualTo(VARIABLES);
        assertThat(VariableFilter.matching(VARIABLES, "   ")).isEqualTo(VARIABLES);
    }

    @Test
    void matchesLabelsIgnoringCaseAndNorwegianLetters() {
        assertThat(notations("FODSELSVEKT")).containsExactly("VEKT");
        assertThat(notations("skar")).containsExactly("APGAR5");
    }

    @Test
    void matchesTechnicalNamesDefinitionsAndEnglishLabels() {
        assertThat(notations("mors_alder")).containsExactly("MORS_ALDER");
        assertThat(notations("nyfødte")).containsExactly("APGAR5");
        assertThat(notations("birth")).containsExactly("VEKT");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(notations("vekt barnets")).containsExactly("VEKT");
        assertThat(notations("vekt mors")).isEmpty();
    }

    private static List<String> notations(String q) {
        return VariableFilter.matching(VARIABLES, q).stream().map(VariableSummary::notation).toList();
    }

    private static VariableSummary variable(String notation, LocalizedText label, LocalizedText definition) {
        return new VariableSummary("https://example.org/v/" + notation, notation, label, definition, "https://example.org/r",
                LocalizedText.EMPTY, null, null, null, false, LocalizedText.EMPTY);
    }
}
