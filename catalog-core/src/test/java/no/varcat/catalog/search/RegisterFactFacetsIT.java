package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.register.RegisterFacts;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.VariableSummary;

/**
 * Theme, coverage band and quality indicator facets and the "last changed" order: facts of the
 * register copied into each of its variables, in a real node.
 */
class RegisterFactFacetsIT {

    private static final String HEAL = "http://publications.europa.eu/resource/authority/data-theme/HEAL";
    private static final String BIRTH_THEME = "https://w3id.org/varcat/health-theme/pregnancy-and-birth";
    private static final String CANCER_THEME = "https://w3id.org/varcat/health-theme/cancer";
    private static final String BIRTHS = "https://test.varcat.no/births";
    private static final String CANCER = "https://test.varcat.no/cancer";
    private static final String HEART = "https://test.varcat.no/heart";
    private static final String PLAIN = "https://test.varcat.no/plain";

    private static SearchConnection connection;
    private static AliasedIndex index;
    private static VariableSearch search;
    private static List<VariableSummary> variables;
    private static Map<String, RegisterFacts> facts;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-register-facts", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        variables = new ArrayList<>();
        variables.add(variable(BIRTHS, "VEKT", "Fødselsvekt", LocalDate.parse("2025-10-01")));
        variables.add(variable(BIRTHS, "LENGDE", "Fødselslengde", null));
        variables.add(variable(CANCER, "ICD10", "Diagnose", null));
        variables.add(variable(HEART, "TROMBOLYSE", "Trombolyse", null));
        variables.add(variable(HEART, "ALDER", "Alder", null));
        variables.add(variable(PLAIN, "KJONN", "Kjønn", null));
        facts = Map.of(
                BIRTHS, new RegisterFacts(List.of(HEAL, BIRTH_THEME), new BigDecimal("0.995"), 2024, false, LocalDate.parse("2025-01-15")),
                CANCER, new RegisterFacts(List.of(HEAL, CANCER_THEME), new BigDecimal("0.95"), 2023, false, LocalDate.parse("2025-06-01")),
                HEART, new RegisterFacts(List.of(HEAL), new BigDecimal("0.7512"), 2024, true, LocalDate.parse("2024-03-01")));
        new VariableIndexer(connection, index).reindexAll(variables, facts);
        search = new VariableSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void themeFacetCountsEachThemeWithLabelsAndFiltersToTheChosenOnes() {
        VariableSearchResult all = search.search(query(List.of(), List.of(), null, VariableSort.NAME));
        assertThat(all.themes()).extracting(FacetValue::key, FacetValue::count)
                .containsExactlyInAnyOrder(tuple(HEAL, 5L),
                        tuple(BIRTH_THEME, 2L), tuple(CANCER_THEME, 1L));
        FacetValue birth = all.themes().stream().filter(f -> f.key().equals(BIRTH_THEME)).findFirst().orElseThrow();
        assertThat(birth.label()).isEqualTo("Svangerskap og fødsel");
        assertThat(birth.labelEn()).isEqualTo("Pregnancy and birth");

        VariableSearchResult chosen = search.search(query(List.of(BIRTH_THEME, CANCER_THEME), List.of(), null, VariableSort.NAME));
        assertThat(notations(chosen)).containsExactly("ICD10", "LENGDE", "VEKT");
        // Counted under the other facets only: choosing a theme leaves every theme's count.
        assertThat(chosen.themes()).extracting(FacetValue::count).containsExactlyInAnyOrderElementsOf(
                all.themes().stream().map(FacetValue::count).toList());
    }

    @Test
    void coverageBandsPutTheLatestNationalRateInBands() {
        VariableSearchResult all = search.search(query(List.of(), List.of(), null, VariableSort.NAME));
        // 95 % is the lower bound of the top band; a register without coverage is "unknown".
        assertThat(all.coverageBands()).extracting(FacetValue::key, FacetValue::count).containsExactly(
                tuple("95-100", 3L), tuple("60-80", 2L),
                tuple("unknown", 1L));

        VariableSearchResult middle = search.search(query(List.of(), List.of(CoverageBand.FROM_60, CoverageBand.UNDER_60), null,
                VariableSort.NAME));
        assertThat(notations(middle)).containsExactly("ALDER", "TROMBOLYSE");
        assertThat(middle.coverageBands()).extracting(FacetValue::key, FacetValue::selected).contains(
                tuple("60-80", true), tuple("under-60", true));
        assertThat(middle.hits().get(0).variable().coverageRate()).isCloseTo(0.7512, offset(1e-6));
    }

    @Test
    void qualityIndicatorFacetFiltersAndCountsUnderTheOtherFacets() {
        VariableSearchResult with = search.search(query(List.of(), List.of(), true, VariableSort.NAME));
        assertThat(notations(with)).containsExactly("ALDER", "TROMBOLYSE");
        assertThat(with.qualityIndicators()).extracting(FacetValue::key, FacetValue::count, FacetValue::selected).containsExactly(
                tuple("true", 2L, true), tuple("false", 4L, false));

        VariableSearchResult birthWithout = search.search(query(List.of(BIRTH_THEME), List.of(), false, VariableSort.NAME));
        assertThat(notations(birthWithout)).containsExactly("LENGDE", "VEKT");
        assertThat(birthWithout.coverageBands()).extracting(FacetValue::key, FacetValue::count)
                .containsExactly(tuple("95-100", 2L));
    }

    @Test
    void lastChangedPutsTheVariablesOwnDateBeforeItsRegistersAndUndatedLast() {
        VariableSearchResult changed = search.search(query(List.of(), List.of(), null, VariableSort.CHANGED));
        // VEKT's own date (2025-10-01), then the registers' dates: cancer, births, heart (names in order), then no date.
        assertThat(notations(changed)).containsExactly("VEKT", "ICD10", "LENGDE", "ALDER", "TROMBOLYSE", "KJONN");
        assertThat(changed.hits().get(0).variable().modified()).isEqualTo("2025-10-01");
        assertThat(changed.hits().get(2).variable().modified()).isEqualTo("2025-01-15");
        assertThat(changed.hits().get(5).variable().modified()).isNull();
    }

    @Test
    void aChangedCoverageRateRewritesTheRegistersVariablesOnSync() {
        VariableIndexer indexer = new VariableIndexer(connection, index);
        try {
            assertThat(indexer.sync(variables, facts)).isEqualTo(new IndexChanges(0, 0, variables.size(), 0));
            Map<String, RegisterFacts> lower = new java.util.HashMap<>(facts);
            RegisterFacts heart = facts.get(HEART);
            lower.put(HEART, new RegisterFacts(heart.themes(), new BigDecimal("0.55"), 2025, true, heart.modified()));

            assertThat(indexer.sync(variables, lower)).isEqualTo(new IndexChanges(0, 2, variables.size() - 2, 0));
            assertThat(notations(search.search(query(List.of(), List.of(CoverageBand.UNDER_60), null, VariableSort.NAME))))
                    .containsExactly("ALDER", "TROMBOLYSE");
        } finally {
            indexer.reindexAll(variables, facts);
        }
    }

    private static VariableQuery query(List<String> themes, List<CoverageBand> bands, Boolean indicators, VariableSort sort) {
        return new VariableQuery("", List.of(), null, List.of(), List.of(), YearRange.ANY, themes, bands, indicators, sort, 0, 20, null);
    }

    private static List<String> notations(VariableSearchResult result) {
        return result.hits().stream().map(h -> h.variable().notation()).toList();
    }

    private static VariableSummary variable(String register, String notation, String label, LocalDate modified) {
        return new VariableSummary(register + "/variable/" + notation, notation, new LocalizedText(label, null, null),
                LocalizedText.EMPTY, register, new LocalizedText("Register " + register.substring(register.lastIndexOf('/') + 1), null, null),
                2000, null, null, false, LocalizedText.EMPTY, modified);
    }
}
