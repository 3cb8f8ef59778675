package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.store.Tdb2CatalogStore;

/** Registers found by title and description the way researchers type, in a real node. */
class RegisterSearchIT {

    private static SearchConnection connection;
    private static RegisterSearch search;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-register-search", IndexDefinition.registers(IndexDefinition.defaultSynonyms()).json()));
        List<RegisterSummary> registers;
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
            registers = new RegisterRepository(store).findAll();
        }
        new RegisterIndexer(connection, index).reindexAll(registers);
        search = new RegisterSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void unaccentedInflectedWordFindsTheRegisterWithHighlight() {
        RegisterSearchResult result = search.search("fodslene", 0, 10);
        assertThat(result.total()).isEqualTo(1);
        RegisterHit hit = result.hits().get(0);
        assertThat(hit.register().iri()).isEqualTo(TestFixtures.BIRTH_REGISTER);
        assertThat(hit.register().variableCount()).isEqualTo(3);
        assertThat(hit.register().publisherName()).isEqualTo("Folkehelseinstituttet");
        assertThat(hit.highlightedTitle()).isEqualTo("Testregister for <mark>fødsler</mark>");
        assertThat(hit.highlightedDescription()).contains("<mark>fødsler</mark>");
    }

    @Test
    void identifierAndEmptyTextFindTheRegister() {
        assertThat(search.search("TEST-BIRTH", 0, 10).hits()).extracting(h -> h.register().iri())
                .containsExactly(TestFixtures.BIRTH_REGISTER);
        assertThat(search.search("", 0, 10).total()).isEqualTo(1);
    }

    @Test
    void unrelatedWordFindsNothing() {
        assertThat(search.search("hjerteinfarkt", 0, 10).total()).isZero();
    }
}
