package no.varcat.web.store;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.QueryAnswer;
import no.varcat.catalog.store.QueryLimits;
import no.varcat.catalog.store.Tdb2CatalogStore;

/**
 * A real (in-memory TDB2) store that counts the queries sent to it, the rows they answered and the
 * triples written to it, so that a test can show a page costs a fixed number of queries however many
 * entries it shows, or that a change writes what changed and not the graph around it; or one that
 * counts what goes to another real store ({@link #over}).
 */
public final class CountingStore implements CatalogStore {

    private final CatalogStore store;
    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();
    private final AtomicInteger written = new AtomicInteger();

    private CountingStore(CatalogStore store) {
        this.store = store;
    }

    public CountingStore() {
        this(Tdb2CatalogStore.inMemory());
    }

    /** Counts the queries sent through it to {@code store}; closing it leaves {@code store} open. */
    public static CountingStore over(CatalogStore store) {
        return new CountingStore(new CatalogStore() {
            @Override
            public void apply(List<GraphChange> changes) {
                store.apply(changes);
            }

            @Override
            public Graph readGraph(String graphName) {
                return store.readGraph(graphName);
            }

            @Override
            public Set<String> graphNames() {
                return store.graphNames();
            }

            @Override
            public void select(String sparql, Consumer<QuerySolution> row) {
                store.select(sparql, row);
            }

            @Override
            public Model construct(String sparql) {
                return store.construct(sparql);
            }

            @Override
            public boolean ask(String sparql) {
                return store.ask(sparql);
            }

            @Override
            public QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits) {
                return store.query(query, visible, limits);
            }

            @Override
            public void close() {
                // not this one's to close
            }
        });
    }

    /** A store holding one register of {@code variables} variables, each with a code list of two codes. */
    public static CountingStore withRegister(String register, int variables) {
        StringBuilder turtle = new StringBuilder("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                """);
        turtle.append('<').append(register).append("> a dcat:Dataset ; dct:title \"Telleregister\"@nb .\n");
        for (int i = 0; i < variables; i++) {
            String v = variable(register, i);
            turtle.append('<').append(register).append("> disco:variable <").append(v).append("> .\n")
                    .append('<').append(v).append("> a disco:Variable ; skos:notation \"V").append(i)
                    .append("\" ; skos:prefLabel \"Variabel ").append(i).append("\"@nb ; skos:definition \"Definisjon ")
                    .append(i).append("\"@nb ; disco:representation <").append(v).append("/codes> .\n")
                    .append('<').append(v).append("/codes> a skos:ConceptScheme .\n");
            for (int code = 1; code <= 2; code++) {
                turtle.append('<').append(v).append("/codes/").append(code).append("> skos:inScheme <").append(v)
                        .append("/codes> ; skos:notation \"").append(code).append("\" ; skos:prefLabel \"Kode ")
                        .append(code).append("\"@nb .\n");
            }
        }
        return withTurtle(turtle.toString());
    }

    /** A store holding this Turtle in one graph. */
    public static CountingStore withTurtle(String turtle) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(turtle), null, "TTL");
        CountingStore store = new CountingStore();
        store.store.replaceGraph("https://test.varcat.no/source/counting", model.getGraph());
        return store;
    }

    public static String variable(String register, int i) {
        return register + "/variable/V" + i;
    }

    /** Rows the store answered {@link #select} with since the last call: what a query cost it to build. */
    public long rowsSinceLast() {
        return rows.getAndSet(0);
    }

    /** Queries since the last call. */
    public int queriesSinceLast() {
        return queries.getAndSet(0);
    }

    /**
     * Triples written since the last call, each change's content; a {@code Replace} rewrites its whole
     * graph, so all of it counts.
     */
    public int triplesWrittenSinceLast() {
        return written.getAndSet(0);
    }

    @Override
    public void apply(List<GraphChange> changes) {
        changes.forEach(change -> written.addAndGet(change.content().size()));
        store.apply(changes);
    }

    @Override
    public Graph readGraph(String graphName) {
        queries.incrementAndGet();
        return store.readGraph(graphName);
    }

    @Override
    public Set<String> graphNames() {
        queries.incrementAndGet();
        return store.graphNames();
    }

    @Override
    public void select(String sparql, Consumer<QuerySolution> row) {
        queries.incrementAndGet();
        store.select(sparql, solution -> {
            rows.incrementAndGet();
            row.accept(solution);
        });
    }

    @Override
    public Model construct(String sparql) {
        queries.incrementAndGet();
        return store.construct(sparql);
    }

    @Override
    public boolean ask(String sparql) {
        queries.incrementAndGet();
        return store.ask(sparql);
    }

    @Override
    public QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits) {
        queries.incrementAndGet();
        return store.query(query, visible, limits);
    }

    @Override
    public void close() {
        store.close();
    }
}
