package no.varcat.catalog.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The whole answer to a query, read to the end (or to the result limit) before anything is sent,
 * so that a query stopped by its time limit can still be answered with a clear error instead of a
 * half-written result.
 */
public sealed interface QueryAnswer {

    /** SELECT: the rows, at most the limit; {@code truncated} when the query had more. */
    record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements QueryAnswer {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }

        public RowSet rowSet() {
            return RowSetStream.create(vars, rows.iterator());
        }
    }

    /** ASK. */
    record Truth(boolean value) implements QueryAnswer {
    }

    /** CONSTRUCT and DESCRIBE: the graph, at most the limit in triples; {@code truncated} when the query had more. */
    record Triples(Graph graph, boolean truncated) implements QueryAnswer {
    }

    /**
     * Runs {@code exec} and reads its answer, stopping at {@code maxResults}. Any store can use it:
     * a local dataset's or a remote endpoint's {@link QueryExec}.
     */
    static QueryAnswer read(QueryExec exec, int maxResults) {
        var query = exec.getQuery();
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (kept.size() < maxResults && rows.hasNext()) {
                kept.add(rows.next());
            }
            return new Rows(rows.getResultVars(), kept, rows.hasNext());
        }
        if (query.isAskType()) {
            return new Truth(exec.ask());
        }
        if (query.isConstructType()) {
            return triples(exec.constructTriples(), maxResults);
        }
        if (query.isDescribeType()) {
            return triples(exec.describeTriples(), maxResults);
        }
        throw new IllegalArgumentException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered");
    }

    private static Triples triples(Iterator<Triple> found, int maxResults) {
        Graph graph = GraphFactory.createDefaultGraph();
        while (found.hasNext()) {
            Triple triple = found.next();
            if (graph.contains(triple)) {
                continue;
            }
            if (graph.size() == maxResults) {
                return new Triples(graph, true);
            }
            graph.add(triple);
        }
        return new Triples(graph, false);
    }
}
