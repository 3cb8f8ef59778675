package no.varcat.catalog.variable;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;

class VariableDescriptionTest {

    private static final String EX = "https://test.varcat.no/birth/";
    private static final String GENID = "https://w3id.org/varcat/genid/";

    private Tdb2CatalogStore store;
    private VariableDescription description;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
        // A variable whose period was a blank node in its source, as the harvester stores it.
        store.replaceGraph("https://test.varcat.no/source/extra", RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://test.varcat.no/extra/register> a dcat:Dataset ; disco:variable <https://test.varcat.no/extra/PARITET> .
                <https://test.varcat.no/extra/PARITET> a disco:Variable ; skos:notation "PARITET" ;
                    dct:temporal <%s1> ; dct:spatial <https://test.varcat.no/extra/PARITET#area> ;
                    skos:broader <https://test.varcat.no/extra/OTHER> .
                <https://test.varcat.no/extra/PARITET#area> skos:prefLabel "Norge" .
                <%s1> dcat:startDate "1999-01-01"^^xsd:date .
                <https://test.varcat.no/extra/OTHER> skos:prefLabel "Not about this variable" .
                """.formatted(GENID, GENID), Lang.TURTLE).toGraph());
        description = new VariableDescription(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void describesTheVariableWithItsCodeListAndCodes() {
        Model model = description.describe(EX + "KJONN").orElseThrow();

        Resource sex = model.getResource(EX + "KJONN");
        assertThat(sex.getProperty(SKOS.notation).getString()).isEqualTo("KJONN");
        assertThat(model.listSubjectsWithProperty(SKOS.inScheme, model.getResource(EX + "kjonn-codes")).toList()).hasSize(4);
        assertThat(model.getResource(EX + "kjonn-9").getProperty(SKOS.prefLabel).getString()).isEqualTo("Ukjent");
        // Nothing about other variables or the register's own description.
        assertThat(model.containsResource(model.getResource(EX + "VEKT"))).isFalse();
        assertThat(model.getNsPrefixURI("skos")).isEqualTo(SKOS.uri);
    }

    @Test
    void includesTheNodesThatExistOnlyForTheVariableButNotLinkedResources() {
        Model model = description.describe("https://test.varcat.no/extra/PARITET").orElseThrow();

        assertThat(model.getResource(GENID + "1").listProperties().toList()).hasSize(1);
        assertThat(model.getResource("https://test.varcat.no/extra/PARITET#area").listProperties().toList()).hasSize(1);
        assertThat(model.getResource("https://test.varcat.no/extra/OTHER").listProperties().toList()).isEmpty();
    }

    @Test
    void unknownOrNonVariableIrisAreEmpty() {
        assertThat(description.describe(EX + "nothing")).isEmpty();
        assertThat(description.describe(TestFixtures.BIRTH_REGISTER)).isEmpty();
        assertThat(description.describe("not an iri")).isEmpty();
    }
}
