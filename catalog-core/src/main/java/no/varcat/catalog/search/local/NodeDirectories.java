package no.varcat.catalog.search.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.catalog.text.Sha256;

/** The directory layout of a local node: unpacked servers, and the node's own config, data, logs and tmp. */
record NodeDirectories(Path home) {

    private static final Logger log = LoggerFactory.getLogger(NodeDirectories.class);

    Path servers() {
        return home.resolve("server");
    }

    Path config() {
        return home.resolve("config");
    }

    Path data() {
        return home.resolve("data");
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path tmp() {
        return home.resolve("tmp");
    }

    Path run() {
        return home.resolve("run");
    }

    Path pidFile() {
        return run().resolve("elasticsearch.pid");
    }

    Path portsFile() {
        return logs().resolve("http.ports");
    }

    /**
     * Creates the layout under {@code requested}. When the node user cannot reach it (a checkout under
     * a mode-700 home directory, say), falls back to a directory under the system temp dir derived
     * from the requested path, so repeated runs reuse it.
     */
    static NodeDirectories prepare(Path requested, NodeUser user) {
        Path home = requested.toAbsolutePath().normalize();
        create(home);
        if (!user.canAccess(home, false)) {
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "varcat-elasticsearch-" + shortHash(home));
            log.warn("User 'nobody' cannot reach {} (a parent directory is not traversable); using {} for the"
                    + " local Elasticsearch node instead", home, fallback);
            home = fallback;
            create(home);
            home.toFile().setReadable(true, false);
            home.toFile().setExecutable(true, false);
        }
        NodeDirectories dirs = new NodeDirectories(home);
        for (Path p : new Path[] {dirs.servers(), dirs.config(), dirs.data(), dirs.logs(), dirs.tmp(), dirs.run()}) {
            create(p);
        }
        return dirs;
    }

    private static void create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LocalNodeException("Cannot create the Elasticsearch directory " + dir + " (" + e
                    + "). Make it writable or set varcat.elasticsearch.local.home elsewhere.", e);
        }
        if (!Files.isWritable(dir)) {
            throw new LocalNodeException("The Elasticsearch directory " + dir + " is not writable."
                    + " Make it writable or set varcat.elasticsearch.local.home elsewhere.");
        }
    }

    private static String shortHash(Path path) {
        return Sha256.hex(path.toString(), 6);
    }
}
