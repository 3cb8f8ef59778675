package no.varcat.catalog.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import no.varcat.vocab.VARCAT;

/** {@link CatalogStore} on an Apache Jena TDB2 database in a local directory. */
public final class Tdb2CatalogStore implements CatalogStore {

    private static final long SPILL_ROWS = 100_000;

    private final Dataset dataset;
    private final String location;
    /** The store's directory; null in memory. */
    private final Path directory;

    private Tdb2CatalogStore(Dataset dataset, String location, Path directory) {
        this.dataset = dataset;
        this.location = location;
        this.directory = directory;
    }

    /** Opens (creating if needed) the TDB2 database in {@code dir}; fails clearly when the directory is not usable. */
    public static Tdb2CatalogStore open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the store directory " + abs + " (" + e
                    + "). Set varcat.data-dir to a writable directory.", e);
        }
        if (!Files.isWritable(abs)) {
            throw new StoreUnavailableException("The store directory " + abs
                    + " is not writable. Set varcat.data-dir to a writable directory.");
        }
        try {
            return new Tdb2CatalogStore(TDB2Factory.connectDataset(abs.toString()), abs.toString(), abs);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the TDB2 store in " + abs + ": " + e.getMessage()
                    + " (is another varcat process using it?)", e);
        }
    }

    /** An in-memory TDB2 dataset, for tests. */
    public static Tdb2CatalogStore inMemory() {
        return new Tdb2CatalogStore(TDB2Factory.createDataset(), "memory", null);
    }

    @Override
    public void apply(List<GraphChange> changes) {
        Txn.executeWrite(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            for (GraphChange change : changes) {
                Node name = NodeFactory.createURI(change.graphName());
                if (change instanceof GraphChange.Replace) {
                    dsg.removeGraph(name);
                }
                if (change instanceof GraphChange.Patch patch) {
                    patch.removed().forEach(t -> dsg.deleteAny(name, t.getSubject(), t.getPredicate(), t.getObject()));
                }
                change.content().find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                if (change instanceof GraphChange.Append append) {
                    number(dsg, name, append.entries());
                }
            }
        });
    }

    /** Inside the write transaction: TDB2 has one writer at a time, so the last number read here is the last committed. */
    private static void number(DatasetGraph dsg, Node graph, List<Node> entries) {
        Node last = VARCAT.lastSequence.asNode();
        long n = 0;
        var found = dsg.find(graph, graph, last, Node.ANY);
        if (found.hasNext()) {
            n = Long.parseLong(found.next().getObject().getLiteralLexicalForm());
        }
        dsg.deleteAny(graph, graph, last, Node.ANY);
        for (Node entry : entries) {
            dsg.add(graph, entry, VARCAT.sequence.asNode(), integer(++n));
        }
        dsg.add(graph, graph, last, integer(n));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    @Override
    public Graph readGraph(String graphName) {
        Node name = NodeFactory.createURI(graphName);
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(name).find().forEach(copy::add);
            return copy;
        });
    }

    @Override
    public Set<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> names = new LinkedHashSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    @Override
    public void select(String sparql, Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = unionQuery(sparql)) {
                ResultSet results = qe.execSelect();
                results.forEachRemaining(row);
            }
        });
    }

    @Override
    public Model construct(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = unionQuery(sparql)) {
                return qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            }
        });
    }

    @Override
    public boolean ask(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = unionQuery(sparql)) {
                return qe.execAsk();
            }
        });
    }

    @Override
    public QueryAnswer query(Query query, Predicate<String> visible, QueryLimits limits) {
        Query bounded = describingAtMost(query, limits.maxResults());
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph view = VisibleGraphs.of(dataset.asDatasetGraph(), visible);
            try (QueryExec exec = QueryExec.dataset(view).query(bounded)
                    .timeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .set(ARQ.httpServiceAllowed, false)
                    // ORDER BY, DISTINCT and the like spill to disk rather than fill the heap.
                    .set(ARQ.spillToDiskThreshold, SPILL_ROWS)
                    .build()) {
                return QueryAnswer.read(exec, limits.maxResults());
            } catch (QueryCancelledException e) {
                throw new QueryTimeoutException(limits.timeout(), e);
            }
        });
    }

    /** A DESCRIBE describes its resources one by one after its pattern ran, beyond the time limit's reach: bound their number. */
    private static Query describingAtMost(Query query, int maxResults) {
        if (!query.isDescribeType() || query.hasLimit() && query.getLimit() <= maxResults) {
            return query;
        }
        Query bounded = query.cloneQuery();
        bounded.setLimit(maxResults);
        return bounded;
    }

    private QueryExecution unionQuery(String sparql) {
        return QueryExecution.dataset(dataset).query(sparql).set(TDB2.symUnionDefaultGraph, true).build();
    }

    @Override
    public long writeNQuads(OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            // Quad by quad from the indexes, as TDB2's own backup does: memory stays flat however big the store.
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            long[] quads = {0};
            writer.start();
            dataset.asDatasetGraph().find().forEachRemaining(quad -> {
                writer.quad(quad);
                quads[0]++;
            });
            writer.finish();
            return quads[0];
        });
    }

    @Override
    public OptionalLong bytesOnDisk() {
        return directory == null ? OptionalLong.empty() : bytesIn(directory);
    }

    @Override
    public OptionalLong freeSpace() {
        if (directory == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Files.getFileStore(directory).getUsableSpace());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The bytes of the files of a TDB2 database directory, every generation and TDB2's journal included,
     * whether a store has it open or not; empty when it cannot be walked (a generation deleted by a
     * compaction while it was walked: the next look counts again).
     */
    public static OptionalLong bytesIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return OptionalLong.of(files.filter(Files::isRegularFile).mapToLong(Tdb2CatalogStore::size).sum());
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * TDB2's own compaction: the live data copied into the next {@code Data-NNNN} generation in the same
     * directory, the store switched over to it, and the old generation deleted once its last reader has
     * finished (a restart finds the newest generation by itself).
     */
    @Override
    public synchronized Optional<Compacted> compact() {
        if (directory == null) {
            return Optional.empty();
        }
        long before = bytesOnDisk().orElse(0);
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return Optional.of(new Compacted(before, bytesOnDisk().orElse(0)));
    }

    /** Releases the database, and with it TDB2's lock on the directory: another process (a restore, a backup) may open it then. */
    @Override
    public void close() {
        dataset.close();
        if (!"memory".equals(location)) {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Override
    public String toString() {
        return "TDB2 store at " + location;
    }
}
