package no.varcat.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import no.varcat.catalog.store.Tdb2CatalogStore;

/** Jena alone: RIOT parsing and the TDB2 bulk loader, on the same data in a fresh directory. */
final class RawStore {

    private RawStore() {
    }

    /** The whole store varcat wrote, every named graph, as N-Quads (not timed); the number of quads. */
    static long dump(Path tdb2, Path nquads) throws IOException {
        Dataset dataset = TDB2Factory.connectDataset(tdb2.toString());
        try (OutputStream out = Files.newOutputStream(nquads)) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        }
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    /** RIOT parse and the TDB2 phased bulk loader of {@code nquads} into a new database; seconds taken. */
    static double bulkLoad(Path nquads, Path freshDir) throws IOException {
        Files.createDirectories(freshDir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(freshDir.toString());
        long started = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return Stats.seconds(System.nanoTime() - started);
    }

    /** The bytes of the TDB2 database's files under {@code dir}, counted as the application counts its own. */
    static long bytesOnDisk(Path dir) throws IOException {
        return Tdb2CatalogStore.bytesIn(dir).orElseThrow(() -> new IOException("Cannot walk " + dir));
    }

    /** RIOT parse alone of the Turtle sources as served (the RDF part of the input); seconds taken. */
    static double parseTurtle(List<Path> files) {
        long started = System.nanoTime();
        for (Path file : files) {
            RDFParser.source(file).lang(Lang.TURTLE).parse(StreamRDFLib.sinkNull());
        }
        return Stats.seconds(System.nanoTime() - started);
    }
}
