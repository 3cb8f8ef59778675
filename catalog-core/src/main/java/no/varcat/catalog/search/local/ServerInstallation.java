package no.varcat.catalog.search.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the server once per version and (re)installs the analysis plugin on every start, so a
 * rebuilt plugin is always the one that runs.
 */
final class ServerInstallation {

    static final String PLUGIN_DIR_NAME = "varcat-analysis";
    private static final String MARKER = ".varcat-unpacked";

    private ServerInstallation() {
    }

    /** Returns the server directory (the one holding bin/, lib/, config/), unpacked under {@code serversDir}. */
    static Path install(ElasticsearchDistribution distribution, Path serversDir) {
        try {
            Path server = serversDir.resolve("elasticsearch-" + distribution.serverVersion());
            String stamp = Files.size(distribution.serverZip()) + " " + Files.getLastModifiedTime(distribution.serverZip());
            Path marker = server.resolve(MARKER);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(stamp)) {
                deleteRecursively(server);
                Path staging = Files.createDirectories(serversDir).resolve(server.getFileName() + ".unpacking");
                deleteRecursively(staging);
                unzip(distribution.serverZip(), staging, true);
                Path top = staging.resolve("elasticsearch-" + distribution.serverVersion());
                Files.move(Files.isDirectory(top) ? top : staging, server, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(staging);
                makeExecutable(server.resolve("bin"));
                Files.writeString(marker, stamp);
            }
            Path plugin = server.resolve("plugins").resolve(PLUGIN_DIR_NAME);
            deleteRecursively(plugin);
            unzip(distribution.pluginZip(), Files.createDirectories(plugin), false);
            return server;
        } catch (IOException e) {
            throw new LocalNodeException("Cannot unpack Elasticsearch into " + serversDir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path target, boolean keepTopDir) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Zip entries lose their mode bits in java.util.zip; the launch scripts need them back. */
    private static void makeExecutable(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new LocalNodeException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
