package no.varcat.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CatalogStore#query}: a query from outside sees the visible graphs and nothing else, within its limits. */
class PublicQueryTest {

    private static final String PUBLIC_A = "urn:varcat:source:a";
    private static final String PUBLIC_B = "urn:varcat:source:b";
    private static final String HIDDEN = "urn:varcat:sources";
    private static final Predicate<String> VISIBLE = name -> name.startsWith("urn:varcat:source:");
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);

    private Tdb2CatalogStore store;

    @BeforeEach
    void fill() {
        store = Tdb2CatalogStore.inMemory();
        Graph a = graph(triple("shared", "p", "x"), triple("a", "p", "1"));
        Graph b = graph(triple("shared", "p", "x"), triple("b", "p", "2"));
        Graph hidden = graph(triple("secret", "p", "s"), triple("a", "p", "hidden-value"));
        store.apply(List.of(new GraphChange.Replace(PUBLIC_A, a), new GraphChange.Replace(PUBLIC_B, b),
                new GraphChange.Replace(HIDDEN, hidden)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheVisibleGraphsEachTripleOnce() {
        assertThat(rows("SELECT ?s ?o { ?s <urn:t:p> ?o }")).containsExactlyInAnyOrder(
                "urn:t:shared urn:t:x", "urn:t:a urn:t:1", "urn:t:b urn:t:2");
    }

    @Test
    void noRouteReachesAHiddenGraph() {
        assertThat(rows("SELECT ?g { GRAPH ?g { } }")).containsExactlyInAnyOrder(PUBLIC_A, PUBLIC_B);
        assertThat(rows("SELECT ?g ?s { GRAPH ?g { ?s ?p ?o } }")).noneMatch(row -> row.contains(HIDDEN) || row.contains("secret"));
        assertThat(rows("SELECT ?s { GRAPH <" + HIDDEN + "> { ?s ?p ?o } }")).isEmpty();
        assertThat(rows("SELECT ?s FROM <" + HIDDEN + "> { ?s ?p ?o }")).isEmpty();
        assertThat(rows("SELECT ?s FROM NAMED <" + HIDDEN + "> { GRAPH ?g { ?s ?p ?o } }")).isEmpty();
        assertThat(rows("SELECT ?s { GRAPH <urn:x-arq:UnionGraph> { ?s ?p ?o } }")).doesNotContain("urn:t:secret");
        assertThat(triples("DESCRIBE <urn:t:secret>").isEmpty()).isTrue();
        assertThat(triples("DESCRIBE <urn:t:a>").find().toList()).containsExactly(triple("a", "p", "1"));
        assertThat(ask("ASK { ?s ?p <urn:t:hidden-value> }")).isFalse();
    }

    @Test
    void fromChoosesAmongTheVisibleGraphs() {
        assertThat(rows("SELECT ?s FROM <" + PUBLIC_B + "> { ?s ?p ?o }")).containsExactlyInAnyOrder("urn:t:shared", "urn:t:b");
    }

    @Test
    void aServiceCallIsRefused() {
        assertThatThrownBy(() -> rows("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"))
                .isInstanceOf(QueryDeniedException.class);
    }

    @Test
    void rowsAndTriplesStopAtTheLimitAndSaySo() {
        QueryLimits two = new QueryLimits(Duration.ofSeconds(10), 2);
        var rows = (QueryAnswer.Rows) store.query(QueryFactory.create("SELECT * { ?s ?p ?o }"), VISIBLE, two);
        assertThat(rows.rows()).hasSize(2);
        assertThat(rows.truncated()).isTrue();
        var all = (QueryAnswer.Rows) store.query(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 2"), VISIBLE, two);
        assertThat(all.truncated()).isFalse();
        var triples = (QueryAnswer.Triples) store.query(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }"), VISIBLE, two);
        assertThat(triples.graph().size()).isEqualTo(2);
        assertThat(triples.truncated()).isTrue();
    }

    @Test
    void aRunawayQueryStopsAtTheTimeLimit() {
        Graph many = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 200; i++) {
            many.add(triple("n" + i, "p", "v" + i));
        }
        store.replaceGraph("urn:varcat:source:many", many);
        QueryLimits brief = new QueryLimits(Duration.ofMillis(300), 1000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.query(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), VISIBLE, brief))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private List<String> rows(String sparql) {
        var answer = (QueryAnswer.Rows) store.query(QueryFactory.create(sparql), VISIBLE, LIMITS);
        return answer.rows().stream().map(binding -> {
            StringBuilder row = new StringBuilder();
            answer.vars().forEach(v -> row.append(row.isEmpty() ? "" : " ").append(binding.get(v).toString()));
            return row.toString();
        }).toList();
    }

    private Graph triples(String sparql) {
        return ((QueryAnswer.Triples) store.query(QueryFactory.create(sparql), VISIBLE, LIMITS)).graph();
    }

    private boolean ask(String sparql) {
        return ((QueryAnswer.Truth) store.query(QueryFactory.create(sparql), VISIBLE, LIMITS)).value();
    }

    private static Graph graph(Triple... triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        List.of(triples).forEach(graph::add);
        return graph;
    }

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI("urn:t:" + s), NodeFactory.createURI("urn:t:" + p), NodeFactory.createURI("urn:t:" + o));
    }
}
