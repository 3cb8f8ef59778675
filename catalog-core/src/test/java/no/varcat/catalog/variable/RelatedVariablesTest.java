package no.varcat.catalog.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.store.Tdb2CatalogStore;

/**
 * A variable on a concept many registers share: the page lists a bounded number of related
 * variables, the mappings a publisher made first, whatever the number on the same concept.
 */
class RelatedVariablesTest {

    private static final String EX = "https://test.varcat.no/";
    private static final int SHARING = 300;

    private Tdb2CatalogStore store;
    private VariableRepository variables;

    @BeforeEach
    void load() {
        StringBuilder turtle = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                <https://test.varcat.no/a/register> a dcat:Dataset ; dct:title "A"@nb ; disco:variable <https://test.varcat.no/a/KJONN> .
                <https://test.varcat.no/a/KJONN> a disco:Variable ; skos:notation "KJONN" ; disco:basedOn <https://test.varcat.no/concept/sex> ;
                    skos:exactMatch <https://test.varcat.no/mapped/SEX> .
                <https://test.varcat.no/mapped/register> a dcat:Dataset ; dct:title "Mapped"@nb ; disco:variable <https://test.varcat.no/mapped/SEX> .
                <https://test.varcat.no/mapped/SEX> a disco:Variable ; skos:notation "SEX" .
                """);
        for (int i = 0; i < SHARING; i++) {
            turtle.append("<%sr%d/register> a dcat:Dataset ; dct:title \"R%d\"@nb ; disco:variable <%sr%d/KJONN> .\n".formatted(EX, i, i, EX, i));
            turtle.append("<%sr%d/KJONN> a disco:Variable ; skos:notation \"KJONN\" ; disco:basedOn <%sconcept/sex> .\n".formatted(EX, i, EX));
        }
        store = Tdb2CatalogStore.inMemory();
        store.replaceGraph(EX + "source", RDFParser.fromString(turtle.toString(), Lang.TURTLE).toGraph());
        variables = new VariableRepository(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSharedConceptGivesABoundedListWithThePublishersMappingFirst() {
        List<RelatedVariable> related = variables.related(EX + "a/KJONN", 51);

        assertThat(related).hasSize(51);
        assertThat(related.get(0).variable().iri()).isEqualTo(EX + "mapped/SEX");
        assertThat(related.get(0).relation()).isEqualTo(RelatedVariable.Relation.EXACT_MATCH);
        assertThat(related.subList(1, 51)).allSatisfy(r -> assertThat(r.relation()).isEqualTo(RelatedVariable.Relation.SAME_CONCEPT));
        assertThat(variables.related(EX + "a/KJONN")).hasSize(VariableRepository.MAX_RELATED);
    }

    @Test
    void withFewRelatedAllAreListed() {
        assertThat(variables.related(EX + "mapped/SEX")).extracting(r -> r.variable().iri()).containsExactly(EX + "a/KJONN");
    }
}
