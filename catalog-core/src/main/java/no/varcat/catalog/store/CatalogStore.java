package no.varcat.catalog.store;

import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/**
 * The RDF store holding everything varcat has harvested: one named graph per harvest source.
 * The only way into the store, so that a remote SPARQL 1.1 store can replace TDB2 for scale.
 * Queries see the union of all named graphs as their default graph.
 */
public interface CatalogStore extends AutoCloseable {

    /** Replaces the whole named graph with {@code content} in one transaction: readers see old or new, never half. */
    void replaceGraph(String graphName, Graph content);

    /** A copy of a named graph; empty when there is none. */
    Graph readGraph(String graphName);

    Set<String> graphNames();

    /** Runs a SPARQL SELECT over the union graph, handing each row to {@code row} inside the read transaction. */
    void select(String sparql, Consumer<QuerySolution> row);

    /** Runs a SPARQL CONSTRUCT or DESCRIBE over the union graph. */
    Model construct(String sparql);

    boolean ask(String sparql);

    @Override
    void close();
}
