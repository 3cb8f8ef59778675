package no.varcat.catalog.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;

class VariableRepositoryTest {

    private Tdb2CatalogStore store;
    private VariableRepository repository;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
        repository = new VariableRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mapsEveryVariableOfTheRegisterOnce() {
        List<VariableSummary> all = repository.findAll();

        assertThat(all).extracting(VariableSummary::notation).containsExactlyInAnyOrder("VEKT", "KJONN", "MOR_BMI");
        VariableSummary weight = all.stream().filter(v -> v.notation().equals("VEKT")).findFirst().orElseThrow();
        assertThat(weight.label().in("nb")).isEqualTo("Fødselsvekt");
        assertThat(weight.label().in("en")).isEqualTo("Birth weight");
        assertThat(weight.registerIri()).isEqualTo(TestFixtures.BIRTH_REGISTER);
        assertThat(weight.registerTitle().in("nb")).isEqualTo("Testregister for fødsler");
        assertThat(weight.firstYear()).isEqualTo(1967);
        assertThat(weight.lastYear()).isNull();
        assertThat(weight.hasCodeList()).isFalse();
    }

    @Test
    void handsOverEveryVariablePageByPageAsFindAllHasThem() {
        List<List<VariableSummary>> pages = new java.util.ArrayList<>();

        repository.forEachPage(2, pages::add);

        assertThat(pages).extracting(List::size).containsExactly(2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(repository.findAll());
    }

    @Test
    void readsTheCodeListInNumericOrderWithMissingFlags() {
        VariableDetails sex = repository.find("https://test.varcat.no/birth/KJONN").orElseThrow();

        assertThat(sex.summary().hasCodeList()).isTrue();
        assertThat(sex.codes()).extracting(Code::notation).containsExactly("1", "2", "9", "10");
        assertThat(sex.codes()).filteredOn(Code::missing).extracting(Code::notation).containsExactly("9");
        assertThat(sex.summary().label().in("en")).isEqualTo("Sex of the child");
    }

    @Test
    void walksARegisterPageByPageInNotationOrderWithDetails() {
        List<VariableDetails> seen = new java.util.ArrayList<>();
        repository.forEachOfRegister(TestFixtures.BIRTH_REGISTER, 2, seen::add);

        assertThat(seen).extracting(v -> v.summary().notation()).containsExactly("KJONN", "MOR_BMI", "VEKT");
        assertThat(seen.get(0).codes()).extracting(Code::notation).containsExactly("1", "2", "9", "10");
        assertThat(seen.get(0).codes()).filteredOn(Code::missing).extracting(Code::notation).containsExactly("9");
        assertThat(seen.get(2).summary().registerIri()).isEqualTo(TestFixtures.BIRTH_REGISTER);
        assertThat(seen.get(2).codes()).isEmpty();
    }

    @Test
    void walksNothingForAnUnknownRegister() {
        List<VariableDetails> seen = new java.util.ArrayList<>();
        repository.forEachOfRegister("https://test.varcat.no/nothing", 2, seen::add);
        repository.forEachOfRegister("not an iri", 2, seen::add);
        assertThat(seen).isEmpty();
    }

    @Test
    void readsACodeListByItsOwnIriInTheOrderOfTheVariablesCodes() {
        CodeList codes = repository.findCodeList("https://test.varcat.no/birth/kjonn-codes").orElseThrow();

        assertThat(codes.codes()).isEqualTo(repository.find("https://test.varcat.no/birth/KJONN").orElseThrow().codes());
        assertThat(codes.label().isEmpty()).isTrue();
        assertThat(repository.findCodeList("https://test.varcat.no/birth/KJONN")).as("a variable is no code list").isEmpty();
        assertThat(repository.findCodeList("not an iri")).isEmpty();
    }

    @Test
    void englishFallsBackToBokmaalWhenNoEnglishLabelExists() {
        VariableSummary bmi = repository.find("https://test.varcat.no/birth/MOR_BMI").orElseThrow().summary();
        assertThat(bmi.label().in("en")).isEqualTo("Mors kroppsmasseindeks før svangerskapet");
        assertThat(bmi.lastYear()).isEqualTo(2023);
    }

    @Test
    void unknownVariableIsEmpty() {
        assertThat(repository.find("https://test.varcat.no/birth/NOPE")).isEmpty();
    }

    @Test
    void findsTheVariablesOfOneRegisterByName() {
        assertThat(repository.findByRegister(TestFixtures.BIRTH_REGISTER)).extracting(VariableSummary::notation)
                .containsExactly("KJONN", "MOR_BMI", "VEKT");
        assertThat(repository.findByRegister("https://test.varcat.no/other")).isEmpty();
    }

    @Test
    void findsManyVariablesWithTheirDetailsInTheOrderAskedSkippingUnknownOnes() {
        List<VariableDetails> found = repository.findDetailsByIris(List.of("https://test.varcat.no/birth/VEKT",
                "https://test.varcat.no/birth/NOPE", "not an IRI", "https://test.varcat.no/birth/KJONN",
                "https://test.varcat.no/birth/VEKT"));

        assertThat(found).extracting(v -> v.summary().notation()).containsExactly("VEKT", "KJONN");
        assertThat(found.get(1)).isEqualTo(repository.find("https://test.varcat.no/birth/KJONN").orElseThrow());
        assertThat(repository.findByIris(List.of("https://test.varcat.no/birth/MOR_BMI", "https://test.varcat.no/birth/VEKT")))
                .extracting(VariableSummary::notation).containsExactly("MOR_BMI", "VEKT");
        assertThat(repository.findDetailsByIris(List.of())).isEmpty();
    }
}
