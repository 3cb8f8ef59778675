package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/** Variables from a real TDB2 store, indexed in a real node, found the way researchers type. */
class VariableSearchIT {

    private static SearchConnection connection;
    private static AliasedIndex index;
    private static VariableSearch search;
    private static List<VariableSummary> variables;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-variables", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
            variables = new VariableRepository(store).findAll();
        }
        new VariableIndexer(connection, index).reindexAll(variables);
        search = new VariableSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void inflectedUnaccentedFormFindsTheVariable() {
        assertThat(notations("fodselsvekten")).first().isEqualTo("VEKT");
    }

    @Test
    void synonymFindsTheVariable() {
        assertThat(notations("BMI")).first().isEqualTo("MOR_BMI");
    }

    @Test
    void typoIsForgiven() {
        assertThat(notations("fødselsvkt")).first().isEqualTo("VEKT");
    }

    @Test
    void exactTechnicalNameRanksFirst() {
        assertThat(notations("kjonn")).first().isEqualTo("KJONN");
    }

    @Test
    void matchesAreHighlightedAndEscaped() {
        VariableHit hit = search.search("fødselsvekt", 0, 10).hits().get(0);
        assertThat(hit.highlightedLabel()).isEqualTo("<mark>Fødselsvekt</mark>");
    }

    @Test
    void reindexSwapsTheAliasToOneNewIndex() {
        List<String> before = index.concreteIndices();
        new VariableIndexer(connection, index).reindexAll(List.of());
        assertThat(index.concreteIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(search.search("", 0, 10).total()).isZero();
        new VariableIndexer(connection, index).reindexAll(variables);
    }

    private static List<String> notations(String q) {
        return search.search(q, 0, 10).hits().stream().map(h -> h.variable().notation()).toList();
    }
}
