package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paging with search_after through more hits than Elasticsearch lets a search skip (10,000), in
 * every order, forward and back, in a real node: every variable exactly once, none skipped.
 */
class DeepPagingIT {

    private static final int VARIABLES = 10_537;
    private static final int PAGE = VariableSearch.MAX_PAGE_SIZE;

    private static SearchConnection connection;
    private static VariableSearch search;

    @BeforeAll
    static void indexGeneratedVariables() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
        AliasedIndex index = new AliasedIndex(connection,
                new IndexDefinition("varcat-test-deep-paging", IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json()));
        List<VariableDocument> documents = new ArrayList<>();
        for (int i = 0; i < VARIABLES; i++) {
            documents.add(generated(i));
        }
        new VariableIndexer(connection, index).reindexDocuments(documents);
        search = new VariableSearch(connection, index.alias());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void walksEveryOrderPastTenThousandHitsWithoutDuplicatesOrGaps() {
        // CHANGED is walked forward and back below.
        for (VariableSort sort : List.of(VariableSort.RELEVANCE, VariableSort.NAME, VariableSort.REGISTER)) {
            List<String> walked = walkForward(query("", sort), VARIABLES);
            assertThat(walked).as(sort.param()).hasSize(VARIABLES);
            assertThat(new HashSet<>(walked)).as(sort.param()).hasSize(VARIABLES);
        }
    }

    @Test
    void aTextSearchWalksByRelevanceThroughEqualScoresByIri() {
        // Every label has the word "måling": equal scores everywhere, so only the IRI orders them.
        // The variables without a label (every 97th, 109 of them) do not match.
        List<String> walked = walkForward(query("måling", VariableSort.RELEVANCE), VARIABLES - 109);
        assertThat(walked).hasSize(VARIABLES - 109).doesNotHaveDuplicates();
    }

    @Test
    void cursorPagesMatchSkippedPagesAndWalkBackTheSameWay() {
        VariableQuery byChange = query("", VariableSort.CHANGED);
        // Where skipping still works, a cursor gives the same page.
        VariableSearchResult page49 = search.search(new VariableQuery("", List.of(), null, List.of(), List.of(), YearRange.ANY,
                List.of(), List.of(), null, VariableSort.CHANGED, 48 * PAGE, PAGE, null));
        VariableSearchResult page50 = search.search(new VariableQuery("", List.of(), null, List.of(), List.of(), YearRange.ANY,
                List.of(), List.of(), null, VariableSort.CHANGED, 49 * PAGE, PAGE, null));
        VariableSearchResult after49 = search.search(byChange.at(PageCursor.parse(page49.lastCursor(), false).orElseThrow()));
        assertThat(iris(after49)).isEqualTo(iris(page50));
        VariableSearchResult before50 = search.search(byChange.at(PageCursor.parse(page50.firstCursor(), true).orElseThrow()));
        assertThat(iris(before50)).isEqualTo(iris(page49));

        // Backward from the last page past the 10,000th hit to the first gives the forward walk reversed.
        List<String> forward = walkForward(byChange, VARIABLES);
        List<List<String>> pages = new ArrayList<>();
        VariableSearchResult last = lastPage(byChange);
        pages.add(iris(last));
        String first = last.firstCursor();
        while (true) {
            VariableSearchResult before = search.search(byChange.at(PageCursor.parse(first, true).orElseThrow()));
            if (before.hits().isEmpty()) {
                break;
            }
            pages.add(0, iris(before));
            first = before.firstCursor();
        }
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(forward);
    }

    @Test
    void aTokenThatIsNotOursIsNoCursor() {
        assertThat(PageCursor.parse("not base64 ~~", false)).isEmpty();
        assertThat(PageCursor.parse(java.util.Base64.getUrlEncoder().encodeToString("{\"a\":1}".getBytes()), false)).isEmpty();
        assertThat(PageCursor.parse(null, true)).isEmpty();
    }

    private static List<String> walkForward(VariableQuery query, int expected) {
        List<String> walked = new ArrayList<>();
        Set<Long> totals = new HashSet<>();
        VariableSearchResult page = search.search(query);
        while (!page.hits().isEmpty()) {
            totals.add(page.total());
            walked.addAll(iris(page));
            page = search.search(query.at(PageCursor.parse(page.lastCursor(), false).orElseThrow()));
        }
        assertThat(totals).containsExactly((long) expected);
        return walked;
    }

    private static VariableSearchResult lastPage(VariableQuery query) {
        VariableSearchResult page = search.search(query);
        while (true) {
            VariableSearchResult next = search.search(query.at(PageCursor.parse(page.lastCursor(), false).orElseThrow()));
            if (next.hits().isEmpty()) {
                return page;
            }
            page = next;
        }
    }

    private static VariableQuery query(String text, VariableSort sort) {
        return new VariableQuery(text, List.of(), null, List.of(), List.of(), YearRange.ANY, List.of(), List.of(), null, sort, 0,
                PAGE, null);
    }

    private static List<String> iris(VariableSearchResult result) {
        return result.hits().stream().map(h -> h.variable().iri()).toList();
    }

    /**
     * Many ties on purpose: 50 labels, 7 registers, 30 dates and some variables without a label
     * or a date, so that pages often start and end inside a run of equal sort values.
     */
    private static VariableDocument generated(int i) {
        String iri = "https://test.varcat.no/deep/variable/" + String.format("%05d", (i * 7919) % VARIABLES);
        String label = i % 97 == 0 ? null : "Måling nummer " + (i % 50);
        String register = "https://test.varcat.no/deep/register/" + (i % 7);
        String modified = i % 11 == 0 ? null : String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
        return new VariableDocument(iri, "V" + i, label, null, null, null, null, null, register, "Register " + (i % 7), null,
                2000, null, null, false, "other", null, null, List.of(), null, null, "unknown", false, modified, null, null, null, "hash" + i);
    }
}
