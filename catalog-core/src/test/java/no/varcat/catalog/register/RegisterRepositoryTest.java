package no.varcat.catalog.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;

class RegisterRepositoryTest {

    private Tdb2CatalogStore store;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mapsTheRegisterWithItsPublisherAndVariableCount() {
        List<RegisterSummary> all = new RegisterRepository(store).findAll();

        assertThat(all).singleElement().satisfies(r -> {
            assertThat(r.iri()).isEqualTo(TestFixtures.BIRTH_REGISTER);
            assertThat(r.identifier()).isEqualTo("test-birth");
            assertThat(r.title().in("nb")).isEqualTo("Testregister for fødsler");
            assertThat(r.title().in("en")).isEqualTo("Test birth register");
            assertThat(r.publisherName()).isEqualTo("Folkehelseinstituttet");
            // Two language tags on title and publisher must not multiply the count.
            assertThat(r.variableCount()).isEqualTo(3);
        });
    }

    @Test
    void emptyStoreHasNoRegisters() {
        store.replaceGraph("https://test.varcat.no/source/birth", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        assertThat(new RegisterRepository(store).findAll()).isEmpty();
    }
}
