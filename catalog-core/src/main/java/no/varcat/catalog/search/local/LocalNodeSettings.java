package no.varcat.catalog.search.local;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the local Elasticsearch node.
 *
 * @param distributionDir where the server zip and the varcat analysis plugin zip are
 * @param homeDir         where the server is unpacked and its config, data, logs and tmp live
 * @param heapMegabytes   JVM heap of the node
 * @param startTimeout    how long to wait for the node to answer before giving up
 */
public record LocalNodeSettings(Path distributionDir, Path homeDir, int heapMegabytes, Duration startTimeout) {

    public LocalNodeSettings {
        if (heapMegabytes < 256) {
            throw new IllegalArgumentException("Elasticsearch heap must be at least 256 MB, was " + heapMegabytes);
        }
    }

    public static LocalNodeSettings of(Path distributionDir, Path homeDir) {
        return new LocalNodeSettings(distributionDir, homeDir, 512, Duration.ofSeconds(120));
    }
}
