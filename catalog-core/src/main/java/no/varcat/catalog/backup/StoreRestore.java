package no.varcat.catalog.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.catalog.search.IndexCursor;

/**
 * Restores a backup into an empty store directory with TDB2's bulk loader. It loads into a directory
 * beside the target and moves it into place only when every quad loaded and the file's checksum
 * matched, so a failed or interrupted restore leaves no half store where the catalog would open it.
 * The search indices' cursor is left out: the backup's cursor speaks of an index as it was then, so
 * the next start compares the whole store with the index and rebuilds what differs.
 */
public final class StoreRestore {

    private static final Logger log = LoggerFactory.getLogger(StoreRestore.class);

    private StoreRestore() {
    }

    /**
     * @param backupDir a directory {@link BackupFiles#write} finished
     * @param storeDir  the TDB2 directory to create; must not exist or be empty
     * @return the backup's manifest
     * @throws BackupException when the store directory holds anything, or the backup is unfinished, damaged or unreadable
     */
    public static BackupManifest restore(Path backupDir, Path storeDir) {
        BackupManifest manifest = BackupManifest.read(backupDir);
        Path target = storeDir.toAbsolutePath().normalize();
        refuseUnlessEmpty(target);
        Path loading = target.resolveSibling(target.getFileName() + ".restoring");
        try {
            deleteTree(loading);
            Files.createDirectories(loading);
            load(backupDir, manifest, loading);
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(loading, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            deleteQuietly(loading);
            throw new BackupException("Cannot restore into " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(loading);
            throw e;
        }
    }

    private static void load(Path backupDir, BackupManifest manifest, Path dir) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            MessageDigest digest = BackupFiles.sha256();
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> log.debug(String.format(format, args)));
            loader.startBulk();
            try (InputStream raw = BackupFiles.openRaw(backupDir, digest)) {
                WatchedInput quads = new WatchedInput(BackupFiles.gunzip(raw));
                loader.loadFromInputStream(BackupFiles.QUADS, quads, Lang.NQUADS);
                quads.readToEnd();
                // The gzip trailer may sit after the last byte the decompressor needed: the checksum covers the whole file.
                raw.transferTo(OutputStream.nullOutputStream());
                loader.finishBulk();
            } catch (RiotException e) {
                loader.finishException(e);
                throw new BackupException(backupDir.resolve(BackupFiles.QUADS) + " is damaged: " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (!sha256.equals(manifest.sha256())) {
                throw new BackupException(backupDir.resolve(BackupFiles.QUADS) + " is not the file the backup wrote (its SHA-256 differs from "
                        + BackupManifest.FILE + "); nothing was restored");
            }
            long loaded = Txn.calculateRead(dsg, () -> dsg.stream().count());
            if (loaded != manifest.quads()) {
                throw new BackupException("The backup holds " + manifest.quads() + " quads but " + loaded
                        + " were loaded; nothing was restored");
            }
            Txn.executeWrite(dsg, () -> dsg.removeGraph(NodeFactory.createURI(IndexCursor.GRAPH)));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void refuseUnlessEmpty(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupException(target + " is a file: a restore needs an empty store directory");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(target + " already holds a store: a restore writes only into an empty data directory."
                        + " Stop varcat, move the data directory aside (keep it until the restored catalog is checked), and run the restore again");
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read " + target + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            log.warn("Could not remove {} after a failed restore: {}", dir, e.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
