package no.varcat.catalog.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF store holding everything varcat has harvested: one named graph per harvest source.
 * The only way into the store, so that a remote SPARQL 1.1 store can replace TDB2 for scale.
 * Queries see the union of all named graphs as their default graph.
 */
public interface CatalogStore extends AutoCloseable {

    /** Replaces the whole named graph with {@code content} in one transaction: readers see old or new, never half. */
    default void replaceGraph(String graphName, Graph content) {
        apply(List.of(new GraphChange.Replace(graphName, content)));
    }

    /**
     * Applies the changes in order, in one transaction: readers see all or none of them, and a
     * crash part-way leaves the store as it was (a harvest's data and its log entry land together).
     */
    void apply(List<GraphChange> changes);

    /** A copy of a named graph; empty when there is none. */
    Graph readGraph(String graphName);

    Set<String> graphNames();

    /** Runs a SPARQL SELECT over the union graph, handing each row to {@code row} inside the read transaction. */
    void select(String sparql, Consumer<QuerySolution> row);

    /** Runs a SPARQL CONSTRUCT or DESCRIBE over the union graph. */
    Model construct(String sparql);

    boolean ask(String sparql);

    /**
     * Answers a read-only query from outside over a view of the store that holds only the named
     * graphs {@code visible} accepts, with their union as the default graph: no {@code GRAPH},
     * {@code FROM}, {@code FROM NAMED} or {@code DESCRIBE} reaches another graph, and no
     * {@code SERVICE} call leaves the process. The answer is read whole, up to the result limit, inside
     * one read transaction. (A remote SPARQL store would list its graphs, keep the visible ones and
     * send the query with them as its protocol dataset, the same limits and {@link QueryAnswer#read}.)
     *
     * @throws QueryTimeoutException when the query runs past {@code limits.timeout()}
     */
    QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits);

    /**
     * Writes every quad of the store's named graphs to {@code out} as N-Quads (UTF-8) from one read
     * transaction: a consistent snapshot, taken while harvests go on writing. For backups; the caller
     * closes {@code out}. This default goes through {@link #select}, so any store can; TDB2 reads its
     * indexes directly.
     *
     * @return the number of quads written
     */
    default long writeNQuads(OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        long[] quads = {0};
        writer.start();
        select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", row -> {
            writer.quad(Quad.create(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode()));
            quads[0]++;
        });
        writer.finish();
        return quads[0];
    }

    /**
     * The bytes the store's files take on disk, what a compaction would give back included; empty for
     * a store without local files (in memory, or remote).
     */
    default OptionalLong bytesOnDisk() {
        return OptionalLong.empty();
    }

    /** The bytes free for the store's files on their file system; empty for a store without local files. */
    default OptionalLong freeSpace() {
        return OptionalLong.empty();
    }

    /**
     * Gives back the disk space that replaced data still takes, where the store keeps it: TDB2 writes
     * each change to new blocks and keeps the replaced ones until the database is copied into a new
     * generation, so a store written often grows far beyond its data. Readers go on meanwhile;
     * writers wait until the copy is done. One at a time.
     *
     * @return the sizes before and after; empty for a store with nothing of the kind to do (in memory,
     *         or a remote store, which compacts itself)
     */
    default Optional<Compacted> compact() {
        return Optional.empty();
    }

    /** What a {@link #compact} did: the bytes on disk before and after. */
    record Compacted(long bytesBefore, long bytesAfter) {
    }

    @Override
    void close();
}
