package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestSource;
import no.varcat.vocab.DISCO;

/**
 * Delimited codebooks as registers save them: ',' ';' or tab, found from the header, and column
 * names of their own, given by the source's {@code columns} setting; harvested into a TDB2 store.
 */
class DelimitedCodebookTest {

    private static final String FIXTURES = "classpath:no/varcat/harvest/codebook/";
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";

    @TempDir
    Path dir;

    @Test
    void aSemicolonSeparatedPlainCodebookLands() {
        Harvested harvested = Harvested.harvest(URI.create(FIXTURES + "plain-semicolon.csv"), "codebook-csv", REGISTER, "plain", null);

        assertThat(harvested.report().succeeded()).isTrue();
        assertThat(harvested.report().issues()).isEmpty();
        assertThat(harvested.label("VEKT")).isEqualTo("Fødselsvekt");
        assertThat(harvested.codes("KJONN")).containsOnly(entry("1", "Gutt"), entry("2", "Jente"), entry("9", "Ukjent"));
    }

    @Test
    void aTabSeparatedCodebookWithItsOwnColumnNamesLandsThroughTheMapping() {
        Harvested harvested = Harvested.harvest(URI.create(FIXTURES + "own-columns.tsv"), "codebook-csv", REGISTER, null,
                "name=Variabelnavn;label=Etikett;type=Type;codes=Koder;unit=Enhet");

        assertThat(harvested.report().succeeded()).isTrue();
        assertThat(harvested.report().issues()).isEmpty();
        assertThat(harvested.variableCount()).isEqualTo(2);
        assertThat(harvested.label("VEKT")).isEqualTo("Fødselsvekt");
        assertThat(harvested.variable("VEKT").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(harvested.label("KJONN")).isEqualTo("Kjønn");
        assertThat(harvested.codes("KJONN")).containsOnly(entry("1", "Gutt"), entry("2", "Jente"), entry("9", "Ukjent"));
    }

    @Test
    void aMappedColumnTheHeaderLacksIsNamedWithItsKeyAndWhatWasFound() throws IOException {
        Path file = write("own.csv", "Variabelnavn;Tekst\nVEKT;Vekt\n");

        Harvested harvested = Harvested.harvest(file.toUri(), "codebook-csv", REGISTER, null, "name=Variabelnavn;label=Etikett");

        assertThat(harvested.report().succeeded()).isFalse();
        assertThat(harvested.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.message()).isEqualTo("The header lacks 'Etikett' (label), needed by the source's columns setting; "
                    + "found columns 'Variabelnavn', 'Tekst' (read as ';'-separated)");
        });
    }

    @Test
    void aMappingThatCannotBeReadIsRefusedWhenTheSourceIsMade() {
        assertThat(ColumnMapping.problem("label=Etikett")).hasValue(
                "columns must say which column holds the variable's name, e.g. name=Variabelnavn");
        assertThat(ColumnMapping.problem("name=Var;lable=Etikett")).get().asString()
                .startsWith("Unknown key 'lable' in columns; the keys are name, label, description,");
        assertThat(ColumnMapping.problem("name=Var;Etikett")).get().asString()
                .startsWith("'Etikett' in columns is not key=header name");
        assertThat(ColumnMapping.problem("name=Var;description=Beskrivelse|Hjelpetekst")).isEmpty();
        assertThatThrownBy(() -> new HarvestSource("s", URI.create("https://x.no/k.csv"), "codebook-csv", null, REGISTER, null, null,
                "name="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Source s: columns: Key 'name' in columns names no header column");
    }

    @Test
    void aBrokenQuoteIsFatalAtTheLineItOpensOnWithWhatToDo() throws IOException {
        Path file = write("broken.csv", "name;label;description;type;values\nVEKT;Vekt;;integer;\nKJONN;\"Kjønn;;code;1=Gutt\n");

        Harvested harvested = Harvested.harvest(file.toUri(), "codebook-csv", REGISTER, "plain", null);

        assertThat(harvested.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).startsWith("Malformed CSV in the record starting at line 3")
                    .contains("close it, or write a quote inside a quoted cell as \"\"");
        });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
