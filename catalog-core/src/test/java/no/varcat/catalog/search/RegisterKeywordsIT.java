package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.register.RegisterFacts;
import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/** A register's dcat:keyword, read from the store, finds the register and lifts its variables in a search. */
class RegisterKeywordsIT {

    // The register with the keyword sorts after the other by IRI, so only the keyword can put its variable first.
    private static final String WITH_KEYWORD = "https://test.varcat.no/kw/b-register";
    private static final String WITHOUT = "https://test.varcat.no/kw/a-register";

    private static SearchConnection connection;
    private static RegisterSearch registers;
    private static VariableSearch variables;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex registerIndex = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-keyword-registers", IndexDefinition.registers(IndexDefinition.defaultSynonyms()).json()));
        AliasedIndex variableIndex = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-keyword-variables", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        List<RegisterSummary> summaries;
        List<VariableSummary> found;
        Map<String, RegisterFacts> facts;
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/kw", fixture());
            summaries = new RegisterRepository(store).findAll();
            found = new VariableRepository(store).findAll();
            facts = new RegisterFactsRepository(store, new CoverageRepository(store), new QualityIndicatorRepository(store)).findAll();
        }
        new RegisterIndexer(connection, registerIndex).reindexAll(summaries);
        new VariableIndexer(connection, variableIndex).reindexAll(found, facts);
        registers = new RegisterSearch(connection, registerIndex.alias());
        variables = new VariableSearch(connection, variableIndex.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void theRegistersTabFindsARegisterByAKeywordOnlyInItsKeywords() {
        assertThat(registers.search("svangerskapsomsorgen", 0, 10).hits()).extracting(h -> h.register().iri())
                .containsExactly(WITH_KEYWORD);
        assertThat(registers.search("antenatal care", 0, 10).hits()).extracting(h -> h.register().iri())
                .containsExactly(WITH_KEYWORD);
    }

    @Test
    void aQueryMatchingARegistersKeywordRanksItsVariableHigher() {
        assertThat(notations("vekt")).containsExactly("a/VEKT", "b/VEKT");
        assertThat(notations("vekt svangerskapsomsorg")).containsExactly("b/VEKT", "a/VEKT");
    }

    @Test
    void aKeywordAloneDoesNotListEveryVariableOfTheRegister() {
        assertThat(variables.search("svangerskapsomsorg", 0, 10).total()).isZero();
    }

    private static List<String> notations(String q) {
        return variables.search(q, 0, 10).hits().stream()
                .map(h -> h.variable().iri().replace("https://test.varcat.no/kw/", "")).toList();
    }

    private static Graph fixture() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                <%s> a dcat:Dataset ; dct:title "Register B"@nb ;
                    dcat:keyword "svangerskapsomsorg"@nb, "antenatal care"@en ;
                    disco:variable <https://test.varcat.no/kw/b/VEKT>, <https://test.varcat.no/kw/b/KJONN> .
                <https://test.varcat.no/kw/b/VEKT> a disco:Variable ; skos:notation "VEKT" ; skos:prefLabel "Vekt"@nb .
                <https://test.varcat.no/kw/b/KJONN> a disco:Variable ; skos:notation "KJONN" ; skos:prefLabel "Kjønn"@nb .
                <%s> a dcat:Dataset ; dct:title "Register A"@nb ;
                    disco:variable <https://test.varcat.no/kw/a/VEKT> .
                <https://test.varcat.no/kw/a/VEKT> a disco:Variable ; skos:notation "VEKT" ; skos:prefLabel "Vekt"@nb .
                """.formatted(WITH_KEYWORD, WITHOUT), Lang.TURTLE).parse(graph);
        return graph;
    }
}
