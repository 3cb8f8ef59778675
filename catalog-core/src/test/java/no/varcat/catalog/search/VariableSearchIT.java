package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.TestFixtures;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/** Variables from a real TDB2 store, indexed in a real node, found the way researchers type. */
class VariableSearchIT {

    private static SearchConnection connection;
    private static AliasedIndex index;
    private static VariableSearch search;
    private static List<VariableSummary> variables;

    @BeforeAll
    static void indexFixture() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-variables", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        try (Tdb2CatalogStore store = Tdb2CatalogStore.inMemory()) {
            store.replaceGraph("https://test.varcat.no/source/birth", TestFixtures.birthRegister());
            store.replaceGraph("https://test.varcat.no/source/death", deathRegister());
            variables = new VariableRepository(store).findAll();
        }
        new VariableIndexer(connection, index).reindexAll(variables);
        search = new VariableSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void inflectedUnaccentedFormFindsTheVariable() {
        assertThat(notations("fodselsvekten")).first().isEqualTo("VEKT");
    }

    @Test
    void synonymFindsTheVariable() {
        assertThat(notations("BMI")).first().isEqualTo("MOR_BMI");
    }

    @Test
    void typoIsForgiven() {
        assertThat(notations("fødselsvkt")).first().isEqualTo("VEKT");
    }

    @Test
    void exactTechnicalNameRanksFirst() {
        assertThat(notations("kjonn")).first().isEqualTo("KJONN");
    }

    @Test
    void matchesAreHighlightedAndEscaped() {
        VariableHit hit = search.search("fødselsvekt", 0, 10).hits().get(0);
        assertThat(hit.highlightedLabel()).isEqualTo("<mark>Fødselsvekt</mark>");
    }

    @Test
    void aHitFoundThroughATypoAloneIsShownUnmarked() {
        VariableHit hit = search.search("fødselsvkt", 0, 10).hits().get(0);
        assertThat(hit.variable().notation()).isEqualTo("VEKT");
        assertThat(hit.highlightedLabel()).isNull();
    }

    @Test
    void reindexSwapsTheAliasToOneNewIndex() {
        List<String> before = index.concreteIndices();
        new VariableIndexer(connection, index).reindexAll(List.of());
        assertThat(index.concreteIndices()).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(search.search("", 0, 10).total()).isZero();
        new VariableIndexer(connection, index).reindexAll(variables);
    }

    @Test
    void anIndexFromAnOlderDefinitionIsRebuiltNotWrittenInto() {
        String json = IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json();
        AliasedIndex older = new AliasedIndex(connection, new IndexDefinition(index.alias(), json + "\n"));
        try {
            new VariableIndexer(connection, older).reindexAll(variables);
            assertThat(index.isCurrent()).isFalse();

            assertThat(new VariableIndexer(connection, index).sync(variables)).isEqualTo(new IndexChanges(variables.size(), 0, 0, 0));
            assertThat(index.isCurrent()).isTrue();
        } finally {
            new VariableIndexer(connection, index).reindexAll(variables);
        }
    }

    @Test
    void syncWritesOnlyWhatChangedAndDeletesWhatIsGone() {
        VariableIndexer indexer = new VariableIndexer(connection, index);
        try {
            assertThat(indexer.sync(variables)).isEqualTo(new IndexChanges(0, 0, variables.size(), 0));

            VariableSummary first = variables.get(0);
            VariableSummary renamed = new VariableSummary(first.iri(), first.notation(),
                    new no.varcat.catalog.text.LocalizedText("Helt nytt navn", null, null), first.definition(), first.registerIri(),
                    first.registerTitle(), first.firstYear(), first.lastYear(), first.representation(), first.hasCodeList(),
                    first.publisherName());
            List<VariableSummary> next = new java.util.ArrayList<>(variables.subList(2, variables.size()));
            next.add(renamed);

            assertThat(indexer.sync(next)).isEqualTo(new IndexChanges(0, 1, variables.size() - 2, 1));
            assertThat(search.search("helt nytt navn", 0, 10).hits()).extracting(h -> h.variable().iri()).containsExactly(first.iri());
            assertThat(search.search("", 0, 10).total()).isEqualTo(variables.size() - 1);

            assertThat(indexer.sync(variables)).isEqualTo(new IndexChanges(1, 1, variables.size() - 2, 0));
        } finally {
            indexer.reindexAll(variables);
        }
    }

    @Test
    void aRebuildAndASyncTakeTheVariablesAPageAtATime() {
        VariableIndexer indexer = new VariableIndexer(connection, index);
        List<List<VariableSummary>> pages = variables.stream().map(List::of).toList();
        try {
            assertThat(indexer.reindexAll(page -> pages.forEach(page), java.util.Map.of())).isEqualTo(variables.size());
            assertThat(search.search("", 0, 10).total()).isEqualTo(variables.size());

            // The last page left out: its variable is gone from the store, so from the index.
            List<List<VariableSummary>> fewer = pages.subList(0, pages.size() - 1);
            assertThat(indexer.sync(page -> fewer.forEach(page), java.util.Map.of()))
                    .isEqualTo(new IndexChanges(0, 0, variables.size() - 1, 1));
            assertThat(search.search("", 0, 10).total()).isEqualTo(variables.size() - 1);
        } finally {
            indexer.reindexAll(variables);
        }
    }

    @Test
    void registerFacetCountsEveryRegisterAndFiltersToTheChosenOnes() {
        VariableSearchResult all = search.search(VariableQuery.text("", 0, 10));
        assertThat(all.registers()).extracting(FacetValue::key, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TestFixtures.BIRTH_REGISTER, 3L),
                        org.assertj.core.groups.Tuple.tuple(DEATH_REGISTER, 1L));
        assertThat(all.registers().get(0).label()).isEqualTo("Testregister for fødsler");
        assertThat(all.registers().get(0).labelEn()).isEqualTo("Test birth register");

        VariableSearchResult death = search.search(new VariableQuery("", List.of(DEATH_REGISTER), null, 0, 10));
        assertThat(death.hits()).extracting(h -> h.variable().notation()).containsExactly("DODSAARSAK");
        // The register facet ignores its own choice, so the other register can still be added.
        assertThat(death.registers()).extracting(FacetValue::count).containsExactly(3L, 1L);
        assertThat(death.registers()).filteredOn(FacetValue::selected).extracting(FacetValue::key).containsExactly(DEATH_REGISTER);
    }

    @Test
    void codeListFacetFiltersAndCountsUnderTheOtherFacets() {
        VariableSearchResult withCodes = search.search(new VariableQuery("", List.of(), true, 0, 10));
        assertThat(withCodes.hits()).extracting(h -> h.variable().notation()).containsExactlyInAnyOrder("KJONN", "DODSAARSAK");
        assertThat(withCodes.registers()).extracting(FacetValue::count).containsExactly(1L, 1L);

        VariableSearchResult birth = search.search(new VariableQuery("", List.of(TestFixtures.BIRTH_REGISTER), null, 0, 10));
        assertThat(birth.codeList()).extracting(FacetValue::key, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("true", 1L), org.assertj.core.groups.Tuple.tuple("false", 2L));
    }

    @Test
    void publisherFacetCountsPublishedVariablesAndFiltersToTheChosenOnes() {
        VariableSearchResult all = search.search(VariableQuery.text("", 0, 10));
        assertThat(all.publishers()).extracting(FacetValue::key, FacetValue::labelEn, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Folkehelseinstituttet", "Norwegian Institute of Public Health", 3L));

        VariableSearchResult fhi = search.search(filtered(List.of(), List.of("Folkehelseinstituttet"), List.of(), YearRange.ANY));
        assertThat(fhi.hits()).extracting(h -> h.variable().notation()).containsExactlyInAnyOrder("VEKT", "KJONN", "MOR_BMI");
        assertThat(fhi.hits()).extracting(h -> h.variable().publisherName()).containsOnly("Folkehelseinstituttet");
        // Counted under the other facets: the death register has no publisher, so no publisher is left.
        VariableSearchResult death = search.search(filtered(List.of(DEATH_REGISTER), List.of("Folkehelseinstituttet"), List.of(),
                YearRange.ANY));
        assertThat(death.total()).isZero();
        assertThat(death.publishers()).extracting(FacetValue::key, FacetValue::count, FacetValue::selected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Folkehelseinstituttet", 0L, true));
        // Registers are counted under the publisher choice: the chosen death register has none of it.
        assertThat(death.registers()).extracting(FacetValue::key, FacetValue::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestFixtures.BIRTH_REGISTER, 3L), org.assertj.core.groups.Tuple.tuple(DEATH_REGISTER, 0L));
    }

    @Test
    void valueTypeFacetGroupsRepresentationsAndFilters() {
        VariableSearchResult all = search.search(VariableQuery.text("", 0, 10));
        assertThat(all.valueTypes()).extracting(FacetValue::key, FacetValue::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("code-list", 2L), org.assertj.core.groups.Tuple.tuple("integer", 1L),
                org.assertj.core.groups.Tuple.tuple("decimal", 1L));

        VariableSearchResult numbers = search.search(filtered(List.of(), List.of(), List.of(ValueType.INTEGER, ValueType.DECIMAL),
                YearRange.ANY));
        assertThat(numbers.hits()).extracting(h -> h.variable().notation()).containsExactlyInAnyOrder("VEKT", "MOR_BMI");
        assertThat(numbers.valueTypes()).extracting(FacetValue::count).containsExactly(2L, 1L, 1L);
        assertThat(numbers.codeList()).extracting(FacetValue::count).containsExactly(0L, 2L);

        VariableSearchResult dates = search.search(filtered(List.of(), List.of(), List.of(ValueType.DATE), YearRange.ANY));
        assertThat(dates.total()).isZero();
        assertThat(dates.valueTypes()).filteredOn(FacetValue::selected).extracting(FacetValue::key, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", 0L));
    }

    @Test
    void valueTypesComeFromTheRepresentation() {
        String xsd = "http://www.w3.org/2001/XMLSchema#";
        assertThat(ValueType.of(xsd + "gYear", false)).isEqualTo(ValueType.DATE);
        assertThat(ValueType.of(xsd + "string", false)).isEqualTo(ValueType.TEXT);
        assertThat(ValueType.of(xsd + "nonNegativeInteger", false)).isEqualTo(ValueType.INTEGER);
        assertThat(ValueType.of(xsd + "boolean", false)).isEqualTo(ValueType.OTHER);
        assertThat(ValueType.of(null, false)).isEqualTo(ValueType.OTHER);
        assertThat(ValueType.of("https://x/codes", true)).isEqualTo(ValueType.CODE_LIST);
        assertThat(ValueType.fromParam("code-list")).isEqualTo(ValueType.CODE_LIST);
        assertThat(ValueType.fromParam("nonsense")).isNull();
    }

    @Test
    void yearRangeKeepsVariablesWhoseYearsOverlapIt() {
        // VEKT 1967 and still collected, MOR_BMI 2006-2023; KJONN and DODSAARSAK have no years.
        assertThat(yearHits(2024, null)).containsExactly("VEKT");
        assertThat(yearHits(null, 2000)).containsExactly("VEKT");
        assertThat(yearHits(2010, 2012)).containsExactlyInAnyOrder("VEKT", "MOR_BMI");
        assertThat(yearHits(2023, 2023)).containsExactlyInAnyOrder("VEKT", "MOR_BMI");
        assertThat(yearHits(1900, 1950)).isEmpty();
        assertThat(YearRange.parse("2020", "2010")).isEqualTo(new YearRange(2010, 2020));
        assertThat(YearRange.parse("", "abc")).isEqualTo(YearRange.ANY);

        VariableSearchResult late = search.search(filtered(List.of(), List.of(), List.of(), new YearRange(2024, null)));
        assertThat(late.registers()).extracting(FacetValue::count).containsExactly(1L);
        assertThat(late.valueTypes()).extracting(FacetValue::key, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("integer", 1L));
    }

    private static VariableQuery filtered(List<String> registers, List<String> publishers, List<ValueType> types, YearRange years) {
        return new VariableQuery("", registers, null, publishers, types, years, VariableSort.NAME, 0, 10);
    }

    private static List<String> yearHits(Integer from, Integer to) {
        return search.search(filtered(List.of(), List.of(), List.of(), new YearRange(from, to))).hits().stream()
                .map(h -> h.variable().notation()).toList();
    }

    @Test
    void sortsByNameAndByRegisterThenName() {
        assertThat(sorted(VariableSort.NAME)).containsExactly("KJONN", "VEKT", "MOR_BMI", "DODSAARSAK");
        // "Testregister for dødsfall" before "Testregister for fødsler", then by name within the register.
        assertThat(sorted(VariableSort.REGISTER)).containsExactly("DODSAARSAK", "KJONN", "VEKT", "MOR_BMI");
        assertThat(search.search(new VariableQuery("kjønn", List.of(), null, VariableSort.RELEVANCE, 0, 10)).hits())
                .extracting(h -> h.variable().notation()).first().isEqualTo("KJONN");
    }

    @Test
    void sortParameterFallsBackToRelevance() {
        assertThat(VariableSort.fromParam("register")).isEqualTo(VariableSort.REGISTER);
        assertThat(VariableSort.fromParam("nonsense")).isEqualTo(VariableSort.RELEVANCE);
        assertThat(VariableSort.fromParam(null)).isEqualTo(VariableSort.RELEVANCE);
    }

    @Test
    void misspeltFirstLetterFindsNothingButSuggestsTheLabelWord() {
        // The typo-tolerant query keeps the first letter, so this is a real zero-hit search.
        VariableSearchResult result = search.search("vødselsvekt", 0, 10);
        assertThat(result.total()).isZero();
        assertThat(result.suggestion()).isEqualTo("fødselsvekt");

        assertThat(search.search("mors vroppsmasseindeks", 0, 10).suggestion()).isNull();
        assertThat(search.search("xqzv vroppsmasseindeks", 0, 10).suggestion()).isEqualTo("xqzv kroppsmasseindeks");
    }

    @Test
    void correctlySpeltWordsGetNoSuggestionEvenWhenFiltersLeaveNothing() {
        VariableSearchResult result = search.search(new VariableQuery("fødselsvekt", List.of(DEATH_REGISTER), null, 0, 10));
        assertThat(result.total()).isZero();
        assertThat(result.suggestion()).isNull();
    }

    private static List<String> sorted(VariableSort sort) {
        return search.search(new VariableQuery("", List.of(), null, sort, 0, 10)).hits().stream()
                .map(h -> h.variable().notation()).toList();
    }

    private static final String DEATH_REGISTER = "https://test.varcat.no/death/register";

    private static org.apache.jena.graph.Graph deathRegister() {
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                <https://test.varcat.no/death/register> a dcat:Dataset ; dct:title "Testregister for dødsfall"@nb ;
                    disco:variable <https://test.varcat.no/death/DODSAARSAK> .
                <https://test.varcat.no/death/DODSAARSAK> a disco:Variable ; skos:notation "DODSAARSAK" ;
                    skos:prefLabel "Underliggende dødsårsak"@nb ; disco:representation <https://test.varcat.no/death/icd> .
                <https://test.varcat.no/death/icd> a skos:ConceptScheme .
                """, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        return graph;
    }

    private static List<String> notations(String q) {
        return search.search(q, 0, 10).hits().stream().map(h -> h.variable().notation()).toList();
    }
}
