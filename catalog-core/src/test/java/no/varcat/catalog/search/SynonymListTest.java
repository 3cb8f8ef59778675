package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's own synonym list goes into both index definitions, and so into their hashes. */
class SynonymListTest {

    @TempDir
    Path dir;

    @Test
    void anOwnListIsReadWithoutCommentsAndBlankLinesAndChangesTheDefinitions() throws IOException {
        Path file = Files.writeString(dir.resolve("synonyms.txt"), """
                # Våre egne
                hjerteinfarkt, akutt hjerteinfarkt, ami

                kols => kronisk obstruktiv lungesykdom
                """);

        var rules = IndexDefinition.synonymsFrom(file);

        assertThat(rules).containsExactly("hjerteinfarkt, akutt hjerteinfarkt, ami", "kols => kronisk obstruktiv lungesykdom");
        assertThat(IndexDefinition.variables(rules).json()).contains("kols => kronisk obstruktiv lungesykdom");
        assertThat(IndexDefinition.registers(rules).json()).contains("hjerteinfarkt, akutt hjerteinfarkt, ami");
        assertThat(IndexDefinition.variables(rules).json()).isNotEqualTo(IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json());
        assertThat(IndexDefinition.defaultSynonyms()).contains("bmi, kroppsmasseindeks").noneMatch(rule -> rule.startsWith("#"));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");

        assertThatThrownBy(() -> IndexDefinition.synonymsFrom(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot read the synonyms file").hasMessageContaining("nope.txt");
    }

    @Test
    void anOwnHealthTermListReplacesTheShippedOneBesideTheSynonyms() throws IOException {
        Path file = Files.writeString(dir.resolve("health-terms.txt"), "# own\nstroke, hjerneslag\n");

        var rules = IndexDefinition.searchRules(IndexDefinition.defaultSynonyms(), IndexDefinition.healthTermsFrom(file));

        assertThat(rules).containsAll(IndexDefinition.defaultSynonyms()).endsWith("stroke, hjerneslag")
                .doesNotContainAnyElementsOf(IndexDefinition.defaultHealthTerms());
        assertThatThrownBy(() -> IndexDefinition.healthTermsFrom(dir.resolve("nope.txt")))
                .hasMessageContaining("Cannot read the health terms file").hasMessageContaining("nope.txt");
    }

    @Test
    void theShippedHealthTermsCoverAtLeastSixtyConceptsEachWithEnglishAndNorwegian() {
        var terms = IndexDefinition.defaultHealthTerms();

        assertThat(terms).hasSizeGreaterThanOrEqualTo(60).allMatch(rule -> rule.contains(",") && !rule.contains("=>"));
        assertThat(String.join("\n", terms)).contains("smoking", "røyking", "blood pressure", "blodtrykk", "caesarean section",
                "keisersnitt", "twins", "tvillinger", "cholesterol", "kolesterol", "kidney function", "nyrefunksjon",
                "length of stay", "liggetid", "education level", "utdanningsnivå", "birth weight", "fødselsvekt", "diagnosis",
                "diagnose");
    }
}
