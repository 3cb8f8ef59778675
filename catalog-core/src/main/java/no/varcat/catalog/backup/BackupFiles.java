package no.varcat.catalog.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;

import no.varcat.catalog.store.CatalogStore;

/**
 * A backup is a directory holding the whole store as gzipped N-Quads ({@value #QUADS}) and, written
 * last, its {@link BackupManifest}. The quads are read back before the manifest is written, so a
 * backup that has a manifest is complete and parses; one cut short (a crash, a dropped connection)
 * has none and is refused by {@link StoreRestore}.
 */
public final class BackupFiles {

    public static final String QUADS = "store.nq.gz";

    private BackupFiles() {
    }

    /** Writes gzipped N-Quads to the stream it is given; from the store itself or from a running catalog. */
    @FunctionalInterface
    public interface GzippedQuads {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The store's quads, gzipped, from one read transaction. */
    public static GzippedQuads of(CatalogStore store) {
        return out -> {
            GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
            store.writeNQuads(gz);
            gz.finish();
        };
    }

    /**
     * Writes a backup into {@code dir}, which must be new or empty (an older backup is never written over).
     *
     * @throws BackupException when the directory cannot hold it, or the quads are cut short or do not parse
     */
    public static BackupManifest write(Path dir, GzippedQuads quads, Clock clock) {
        prepare(dir);
        Path part = dir.resolve(QUADS + ".part");
        Path file = dir.resolve(QUADS);
        try {
            var created = clock.instant();
            MessageDigest digest = sha256();
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16), digest)) {
                quads.writeTo(out);
            }
            long count = countQuads(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            BackupManifest manifest = new BackupManifest(created, count, Files.size(file), HexFormat.of().formatHex(digest.digest()));
            manifest.write(dir);
            return manifest;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw new BackupException("The backup into " + dir.toAbsolutePath() + " failed: " + e.getMessage()
                    + "; it is not usable (no " + BackupManifest.FILE + ")", e);
        }
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException(dir.toAbsolutePath() + " is not empty: give a new or empty directory, so that no earlier backup is written over");
                }
            }
        } catch (IOException e) {
            throw new BackupException("Cannot write a backup into " + dir.toAbsolutePath() + ": " + e, e);
        }
    }

    /** Reads the file back whole: a gzip stream cut short or a line that is not N-Quads fails here, not at restore. */
    private static long countQuads(Path gzipped) throws IOException {
        StreamRDFCounting counter = StreamRDFLib.count();
        try (InputStream in = gunzip(new BufferedInputStream(Files.newInputStream(gzipped), 1 << 16))) {
            WatchedInput watched = new WatchedInput(in);
            RDFParser.source(watched).lang(Lang.NQUADS).parse(counter);
            watched.readToEnd();
        } catch (RiotException e) {
            throw new IOException("what was written is not N-Quads (" + e.getMessage() + ")", e);
        }
        return counter.count();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind without a manifest, it is never taken for a backup.
        }
    }

    static InputStream openRaw(Path dir, MessageDigest digest) throws IOException {
        return new DigestInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(QUADS)), 1 << 16), digest);
    }

    static InputStream gunzip(InputStream in) throws IOException {
        return new GZIPInputStream(in, 1 << 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
