package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/** Suggestions from a real node for what a researcher has typed so far. */
class VariableSuggestionsIT {

    private static SearchConnection connection;
    private static VariableSuggestions suggestions;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-suggest", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        List<VariableSummary> variables;
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
            variables = new java.util.ArrayList<>(new VariableRepository(store).findAll());
        }
        // Many variables sharing a prefix, to see the cap.
        IntStream.range(0, 12).forEach(i -> variables.add(new VariableSummary("https://test.varcat.no/many/DIAG" + i,
                "DIAG" + i, new LocalizedText("Diagnose " + i, null, null), LocalizedText.EMPTY,
                "https://test.varcat.no/many/register", new LocalizedText("Mange", null, null), null, null, null, false,
                LocalizedText.EMPTY)));
        new VariableIndexer(connection, index).reindexAll(variables);
        suggestions = new VariableSuggestions(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void aLabelPrefixTypedWithoutNorwegianLettersFindsTheVariable() {
        List<VariableSuggestion> found = suggestions.suggest("fods");

        assertThat(found).extracting(VariableSuggestion::notation).containsExactly("VEKT");
        assertThat(found.get(0).labelNb()).isEqualTo("Fødselsvekt");
        assertThat(found.get(0).labelEn()).isEqualTo("Birth weight");
        assertThat(found.get(0).registerTitleNb()).isEqualTo("Testregister for fødsler");
        assertThat(found.get(0).iri()).isEqualTo("https://test.varcat.no/birth/VEKT");
    }

    @Test
    void aTechnicalNamePrefixInAnyCaseFindsTheVariable() {
        assertThat(suggestions.suggest("mor_b")).extracting(VariableSuggestion::notation).containsExactly("MOR_BMI");
    }

    @Test
    void everyWordTypedMustStartAWordOfTheLabel() {
        assertThat(suggestions.suggest("mors kropps")).extracting(VariableSuggestion::notation).containsExactly("MOR_BMI");
        assertThat(suggestions.suggest("mors vekt")).isEmpty();
    }

    @Test
    void atMostEightAndNothingForOneLetter() {
        assertThat(suggestions.suggest("diag")).hasSize(VariableSuggestions.MAX);
        assertThat(suggestions.suggest("d")).isEmpty();
        assertThat(suggestions.suggest(null)).isEmpty();
    }
}
