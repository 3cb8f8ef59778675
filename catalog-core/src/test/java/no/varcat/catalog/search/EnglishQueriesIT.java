package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

/**
 * English queries find variables described only in Norwegian, through the shipped health-term list.
 * The fixture's wording (inflections, compounds, nynorsk) was written apart from the list.
 */
class EnglishQueriesIT {

    private static SearchConnection connection;
    private static VariableSearch search;
    private static VariableSearch withoutHealthTerms;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-english", IndexDefinition.variables(IndexDefinition.defaultSearchRules()).json()));
        AliasedIndex synonymsOnly = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-english-control", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/health", fixture());
            var variables = new VariableRepository(store).findAll();
            new VariableIndexer(connection, index).reindexAll(variables);
            new VariableIndexer(connection, synonymsOnly).reindexAll(variables);
        }
        search = new VariableSearch(connection, index.alias());
        withoutHealthTerms = new VariableSearch(connection, synonymsOnly.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "smoking, ROYK",
        "blood pressure, SYST_BT",
        "caesarean section, SECTIO",
        "twins, TVILLING",
        "cholesterol, S_KOL",
        "kidney function, EGFR",
        "length of stay, LIGGETID",
        "education level, UTD",
        "birth weight, FVEKT",
        "main diagnosis, HOVEDDIAG",
        "hip fracture, HOFTEBRUDD",
        "date of death, DODSDATO",
        "sick leave, SYKEFRAV",
        "hospital admission, INNLEGGELSE",
    })
    void englishQueryFindsTheNorwegianOnlyVariableFirst(String query, String notation) {
        assertThat(notations(search, query)).as("hits for \"%s\"", query).first().isEqualTo(notation);
    }

    @Test
    void withoutTheHealthTermsTheEnglishQueriesMissTheirVariables() {
        Map<String, String> queries = Map.of("smoking", "ROYK", "blood pressure", "SYST_BT", "twins", "TVILLING",
                "kidney function", "EGFR", "length of stay", "LIGGETID", "education level", "UTD");
        queries.forEach((query, notation) -> assertThat(notations(withoutHealthTerms, query)).as("hits for \"%s\"", query)
                .doesNotContain(notation));
    }

    private static List<String> notations(VariableSearch in, String query) {
        return in.search(query, 0, 5).hits().stream().map(h -> h.variable().notation()).toList();
    }

    private static Graph fixture() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = EnglishQueriesIT.class.getResourceAsStream("norwegian-only-variables.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
