package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.store.Tdb2CatalogStore;

/** Registers from a real TDB2 store in the registers index of a real node, analysed in Norwegian. */
class RegisterIndexIT {

    private static SearchConnection connection;
    private static AliasedIndex index;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-registers", IndexDefinition.registers(IndexDefinition.defaultSynonyms()).json()));
        List<RegisterSummary> registers;
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
            registers = new RegisterRepository(store).findAll();
        }
        assertThat(new RegisterIndexer(connection, index).reindexAll(registers)).isEqualTo(1);
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void unaccentedInflectedTitleFindsTheRegister() throws Exception {
        assertThat(iris("titleNb", "fodslene")).containsExactly(TestFixtures.BIRTH_REGISTER);
    }

    @Test
    void documentKeepsPublisherAndVariableCount() throws Exception {
        SearchResponse<RegisterDocument> response = connection.client().search(s -> s.index(index.alias())
                .query(q -> q.term(t -> t.field("publisherName").value("Folkehelseinstituttet"))), RegisterDocument.class);
        assertThat(response.hits().hits()).singleElement().satisfies(hit -> {
            assertThat(hit.source().variableCount()).isEqualTo(3);
            assertThat(hit.id()).isEqualTo(IndexedDocument.idFor(TestFixtures.BIRTH_REGISTER));
        });
    }

    private static List<String> iris(String field, String text) throws Exception {
        SearchResponse<RegisterDocument> response = connection.client().search(s -> s.index(index.alias())
                .query(q -> q.match(m -> m.field(field).query(text))), RegisterDocument.class);
        return response.hits().hits().stream().map(Hit::source).map(RegisterDocument::iri).toList();
    }
}
