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
    void detailsSayWhoToContactOnWhatBasisAndForWhichYears() {
        RegisterDetails details = new RegisterRepository(store).find(TestFixtures.BIRTH_REGISTER).orElseThrow();

        assertThat(details.summary().identifier()).isEqualTo("test-birth");
        assertThat(details.contactName()).isEqualTo("Registerkontakt");
        assertThat(details.contactEmail()).isEqualTo("register@test.varcat.no");
        assertThat(details.accessRights()).endsWith("/NON_PUBLIC");
        assertThat(details.firstYear()).isEqualTo(1967);
        assertThat(details.lastYear()).isNull();
        assertThat(details.numberOfRecords()).isEqualTo(1000L);
        assertThat(details.legalBases()).singleElement().satisfies(b -> {
            assertThat(b.label().in("nb")).isEqualTo("Testforskriften");
            assertThat(b.label().in("en")).isEqualTo("Test Regulation");
            assertThat(b.source()).isEqualTo("https://lovdata.no/test");
        });
    }

    @Test
    void oneRegistersDetailsLeaveTheCountToWhoAsksForIt() {
        RegisterRepository registers = new RegisterRepository(store);

        // Counting reads every variable of the register: a page takes the count from the search index.
        assertThat(registers.find(TestFixtures.BIRTH_REGISTER).orElseThrow().summary().variableCount()).isNull();
        assertThat(registers.countVariables(TestFixtures.BIRTH_REGISTER)).isEqualTo(3);
        assertThat(registers.countVariables("https://test.varcat.no/nothing")).isZero();
        assertThat(registers.countVariables("https://x> } ; DROP ALL #")).isZero();
    }

    @Test
    void unknownOrHostileIrisFindNothing() {
        RegisterRepository registers = new RegisterRepository(store);
        assertThat(registers.find("https://test.varcat.no/nothing")).isEmpty();
        assertThat(registers.find("https://x> } ; DROP ALL #")).isEmpty();
    }

    @Test
    void emptyStoreHasNoRegisters() {
        store.replaceGraph("https://test.varcat.no/source/birth", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        assertThat(new RegisterRepository(store).findAll()).isEmpty();
    }
}
