package no.varcat.catalog.search.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Writes the node's own config directory: the distribution's defaults plus our settings. */
final class NodeConfiguration {

    private NodeConfiguration() {
    }

    static void write(Path server, NodeDirectories dirs, int heapMegabytes, String clusterName) {
        try {
            copyDefaults(server.resolve("config"), dirs.config());
            Files.writeString(dirs.config().resolve("elasticsearch.yml"), String.join("\n",
                    "# Written by varcat on every start of the local node; edits are overwritten.",
                    "cluster.name: " + clusterName,
                    "node.name: varcat-local-1",
                    "network.host: 127.0.0.1",
                    "http.port: 9400-9499",
                    "transport.port: 9500-9599",
                    "node.portsfile: true",
                    "discovery.type: single-node",
                    "xpack.security.enabled: false",
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    "path.data: " + dirs.data(),
                    "path.logs: " + dirs.logs(),
                    ""));
            Path jvmOptions = dirs.config().resolve("jvm.options");
            // The default keeps 32 GC logs of 64 MB each: too much for a development node.
            Files.writeString(jvmOptions, Files.readString(jvmOptions)
                    .replace("filecount=32,filesize=64m", "filecount=2,filesize=16m"));
            Path optionsDir = Files.createDirectories(dirs.config().resolve("jvm.options.d"));
            Files.writeString(optionsDir.resolve("varcat-heap.options"),
                    "-Xms" + heapMegabytes + "m\n-Xmx" + heapMegabytes + "m\n");
            Files.deleteIfExists(dirs.portsFile());
        } catch (IOException e) {
            throw new LocalNodeException("Cannot write the Elasticsearch configuration in " + dirs.config()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Copies the distribution's config files, keeping the keystore the node created on an earlier start. */
    private static void copyDefaults(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!target.getFileName().toString().equals("elasticsearch.keystore")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
