package no.varcat.catalog.search.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two zips a local node is built from: the Elasticsearch server (integ-test distribution from
 * Maven Central) and our analysis plugin. The build copies both into one directory.
 */
public record ElasticsearchDistribution(Path serverZip, Path pluginZip) {

    static final String SERVER_PREFIX = "elasticsearch-";
    static final String PLUGIN_PREFIX = "varcat-analysis-plugin-";

    /** Finds both zips in {@code dir}, or fails with a message saying what is missing and how to get it. */
    public static ElasticsearchDistribution locate(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LocalNodeException("The Elasticsearch distribution directory " + dir.toAbsolutePath()
                    + " does not exist. Build first (./mvnw -DskipTests package) or set"
                    + " varcat.elasticsearch.local.distribution-dir, or configure an external cluster"
                    + " with varcat.elasticsearch.url.");
        }
        return new ElasticsearchDistribution(single(dir, SERVER_PREFIX), single(dir, PLUGIN_PREFIX));
    }

    /** The server version, taken from the zip name (elasticsearch-8.19.21.zip). */
    public String serverVersion() {
        String name = serverZip.getFileName().toString();
        return name.substring(SERVER_PREFIX.length(), name.length() - ".zip".length());
    }

    private static Path single(Path dir, String prefix) {
        List<Path> found;
        try (Stream<Path> files = Files.list(dir)) {
            found = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".zip")
                        && !(prefix.equals(SERVER_PREFIX) && name.startsWith(PLUGIN_PREFIX));
            }).sorted().toList();
        } catch (IOException e) {
            throw new LocalNodeException("Cannot list the Elasticsearch distribution directory " + dir + ": " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new LocalNodeException("Expected exactly one " + prefix + "*.zip in " + dir.toAbsolutePath()
                    + ", found " + found.size() + ". Rebuild with ./mvnw -DskipTests package.");
        }
        return found.get(0);
    }
}
