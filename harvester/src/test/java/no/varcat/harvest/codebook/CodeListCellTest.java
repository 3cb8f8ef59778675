package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code list syntaxes registers write in one cell, each read to the same codes. */
class CodeListCellTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "1=Ja|0=Nei|9=Ukjent, ikke oppgitt",
            "1=Ja;0=Nei;9=Ukjent, ikke oppgitt",
            "1 = Ja, 0 = Nei, 9 = Ukjent, ikke oppgitt",
            "1, Ja | 0, Nei | 9, Ukjent, ikke oppgitt",
            "'1=Ja\n0=Nei\n9=Ukjent, ikke oppgitt'"})
    void everySyntaxGivesTheSameCodes(String cell) {
        assertThat(CodeListCell.parse(cell)).extracting(item -> item.value() + "->" + item.label())
                .containsExactly("1->Ja", "0->Nei", "9->Ukjent, ikke oppgitt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"1=Ja, men sjelden;2=Nei", "1=Ja, men sjelden|2=Nei"})
    void aLabelMayHoldACommaOrSemicolonBeforeNoCode(String cell) {
        assertThat(CodeListCell.parse(cell)).extracting(item -> item.value() + "->" + item.label())
                .containsExactly("1->Ja, men sjelden", "2->Nei");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"2#2#", "=Tom##Tom"})
    void anItemWithoutLabelOrCodeIsSaidSo(String cell, String value, String label) {
        assertThat(CodeListCell.parse(cell)).singleElement().satisfies(item -> {
            assertThat(item.value()).isEqualTo(value == null ? "" : value);
            assertThat(item.label()).isEqualTo(label);
        });
    }
}
