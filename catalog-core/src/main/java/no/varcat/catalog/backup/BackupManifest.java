package no.varcat.catalog.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * What a backup directory holds, written after its quads file is complete and checked: a directory
 * without it is an unfinished backup and is never restored.
 *
 * @param created when the backup was taken
 * @param quads   the quads in the file, counted by reading it back
 * @param bytes   the size of the compressed file
 * @param sha256  the compressed file's SHA-256, hex
 */
public record BackupManifest(Instant created, long quads, long bytes, String sha256) {

    static final String FILE = "backup.properties";
    static final String FORMAT = "varcat-backup-1";

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("created", created.toString());
        p.setProperty("quads", Long.toString(quads));
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("sha256", sha256);
        Path temp = dir.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "varcat store backup: " + BackupFiles.QUADS + " is gzipped N-Quads");
        }
        Files.move(temp, dir.resolve(FILE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static BackupManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new BackupException(dir + " holds no finished varcat backup (no " + FILE
                    + "): give the directory a backup command wrote to");
        } catch (IOException e) {
            throw new BackupException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new BackupException(file + " is not a varcat backup manifest (format " + p.getProperty("format")
                    + ", expected " + FORMAT + ")");
        }
        try {
            return new BackupManifest(Instant.parse(p.getProperty("created")), Long.parseLong(p.getProperty("quads")),
                    Long.parseLong(p.getProperty("bytes")), p.getProperty("sha256"));
        } catch (NullPointerException | NumberFormatException | DateTimeParseException e) {
            throw new BackupException(file + " is damaged: " + e.getMessage(), e);
        }
    }
}
