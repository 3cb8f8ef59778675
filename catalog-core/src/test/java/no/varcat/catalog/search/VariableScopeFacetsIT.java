package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableSummary;

/** The temporality and unit type facets: counts with labels in both languages, and filtering, in a real node. */
class VariableScopeFacetsIT {

    private static final String T = "https://w3id.org/varcat/temporality/";
    private static final String U = "https://w3id.org/varcat/unit-type/";
    private static final String REGISTER = "https://test.varcat.no/scope";

    private static SearchConnection connection;
    private static VariableSearch search;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-scope-facets", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        List<VariableSummary> variables = new ArrayList<>();
        variables.add(variable("KJONN", T + "fixed", U + "person"));
        variables.add(variable("BOSTED", T + "status", U + "person"));
        variables.add(variable("LIGGEDOGN", T + "accumulated", U + "episode"));
        variables.add(variable("INNLEGGELSE", T + "event", U + "episode"));
        variables.add(variable("ATC", T + "event", U + "prescription"));
        variables.add(variable("MERKNAD", null, "https://example.org/own-unit"));
        new VariableIndexer(connection, index).reindexAll(variables, Map.of());
        search = new VariableSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void eachFacetCountsItsValuesWithBokmalAndEnglishLabels() {
        VariableSearchResult all = search.search(query(List.of(), List.of()));

        assertThat(all.temporalities()).extracting(FacetValue::key, FacetValue::label, FacetValue::labelEn, FacetValue::count)
                .containsExactlyInAnyOrder(tuple("event", "Hendelse", "Event", 2L), tuple("fixed", "Fast", "Fixed", 1L),
                        tuple("status", "Status", "Status", 1L), tuple("accumulated", "Akkumulert", "Accumulated", 1L));
        assertThat(all.unitTypes()).extracting(FacetValue::key, FacetValue::label, FacetValue::labelEn, FacetValue::count)
                .containsExactlyInAnyOrder(tuple("person", "Person", "Person", 2L), tuple("episode", "Episode", "Episode", 2L),
                        tuple("prescription", "Resept", "Prescription", 1L));
        assertThat(all.total()).as("a unit type of no list varcat knows is no facet value, and the variable is still found")
                .isEqualTo(6);
    }

    @Test
    void choosingValuesFiltersAndEachFacetCountsUnderTheOthers() {
        VariableSearchResult events = search.search(query(List.of("event"), List.of()));
        assertThat(notations(events)).containsExactly("ATC", "INNLEGGELSE");
        assertThat(events.unitTypes()).extracting(FacetValue::key, FacetValue::count)
                .containsExactlyInAnyOrder(tuple("episode", 1L), tuple("prescription", 1L));
        assertThat(events.temporalities()).extracting(FacetValue::count).containsExactlyInAnyOrder(2L, 1L, 1L, 1L);
        assertThat(events.temporalities()).filteredOn(FacetValue::selected).extracting(FacetValue::key).containsExactly("event");

        VariableSearchResult episodes = search.search(query(List.of("event", "accumulated"), List.of("episode")));
        assertThat(notations(episodes)).containsExactly("INNLEGGELSE", "LIGGEDOGN");
    }

    @Test
    void aChosenValueNothingHasStaysListedWithZero() {
        VariableSearchResult births = search.search(query(List.of(), List.of("birth")));

        assertThat(births.total()).isZero();
        assertThat(births.unitTypes()).filteredOn(FacetValue::selected)
                .extracting(FacetValue::key, FacetValue::label, FacetValue::count).containsExactly(tuple("birth", "Fødsel", 0L));
    }

    private static VariableQuery query(List<String> temporalities, List<String> unitTypes) {
        return new VariableQuery("", List.of(), null, List.of(), List.of(), YearRange.ANY, List.of(), List.of(), null,
                VariableSort.NAME, 0, 20, null, temporalities, unitTypes);
    }

    private static List<String> notations(VariableSearchResult result) {
        return result.hits().stream().map(h -> h.variable().notation()).toList();
    }

    private static VariableSummary variable(String notation, String temporality, String unitType) {
        return new VariableSummary(REGISTER + "/variable/" + notation, notation, new LocalizedText(notation, null, null),
                LocalizedText.EMPTY, REGISTER, new LocalizedText("Register", null, null), 2000, null, null, false,
                LocalizedText.EMPTY, null, temporality, unitType);
    }
}
