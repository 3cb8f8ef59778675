package no.varcat.catalog.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntFunction;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.dcat.PageOutOfRangeException;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableDescription;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.HYDRA;

/** A register's document holds a page of its variables with their code lists, and says where the others are. */
class ResourceDescriptionsTest {

    private static final String DOCUMENT = "https://varcat.test/registers/birth";
    private static final IntFunction<String> PAGES = n -> DOCUMENT + ".ttl?page=" + n;
    private static final String EX = "https://test.varcat.no/birth/";

    private Tdb2CatalogStore store;
    private ResourceDescriptions descriptions;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
        descriptions = new ResourceDescriptions(store, new VariableDescription(store));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRegisterOfOnePageIsWholeAndSaysNothingOfPages() {
        Model whole = descriptions.describe(ResourceKind.REGISTER, TestFixtures.BIRTH_REGISTER, DOCUMENT).orElseThrow();

        assertThat(variables(whole)).containsExactlyInAnyOrder(EX + "KJONN", EX + "MOR_BMI", EX + "VEKT");
        assertThat(whole.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme).toList()).hasSize(4);
        assertThat(whole.contains(null, HYDRA.view)).isFalse();
    }

    @Test
    void pagesSplitTheVariablesInTechnicalNameOrderWithHydraLinks() {
        Model first = descriptions.describe(ResourceKind.REGISTER, TestFixtures.BIRTH_REGISTER, DOCUMENT, 1, 2, PAGES).orElseThrow();
        Model second = descriptions.describe(ResourceKind.REGISTER, TestFixtures.BIRTH_REGISTER, DOCUMENT, 2, 2, PAGES).orElseThrow();

        assertThat(variables(first)).containsExactlyInAnyOrder(EX + "KJONN", EX + "MOR_BMI");
        assertThat(first.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme).toList()).hasSize(4);
        assertThat(variables(second)).containsExactly(EX + "VEKT");
        // The register itself is on every page; only its variable links are split.
        assertThat(second.contains(second.createResource(TestFixtures.BIRTH_REGISTER), org.apache.jena.vocabulary.DCTerms.title)).isTrue();

        Resource register = first.createResource(TestFixtures.BIRTH_REGISTER);
        assertThat(register.getProperty(HYDRA.totalItems).getLong()).isEqualTo(3);
        Resource view = register.getPropertyResourceValue(HYDRA.view);
        assertThat(view.getURI()).isEqualTo(PAGES.apply(1));
        assertThat(view.getPropertyResourceValue(HYDRA.next).getURI()).isEqualTo(PAGES.apply(2));
        assertThat(view.getPropertyResourceValue(HYDRA.last).getURI()).isEqualTo(PAGES.apply(2));
        assertThat(view.hasProperty(HYDRA.previous)).isFalse();
        Resource secondView = second.createResource(TestFixtures.BIRTH_REGISTER).getPropertyResourceValue(HYDRA.view);
        assertThat(secondView.getPropertyResourceValue(HYDRA.previous).getURI()).isEqualTo(PAGES.apply(1));
        assertThat(secondView.hasProperty(HYDRA.next)).isFalse();

        assertThatThrownBy(() -> descriptions.describe(ResourceKind.REGISTER, TestFixtures.BIRTH_REGISTER, DOCUMENT, 3, 2, PAGES))
                .isInstanceOf(PageOutOfRangeException.class);
    }

    private static java.util.List<String> variables(Model model) {
        return model.listObjectsOfProperty(DISCO.variable).mapWith(n -> n.asResource().getURI()).toList();
    }
}
