package no.varcat.catalog.search;

import java.nio.file.Path;

import no.varcat.catalog.search.local.LocalElasticsearchNode;
import no.varcat.catalog.search.local.LocalNodeSettings;

/**
 * One real Elasticsearch node (with our plugin) for all integration tests in this JVM: starting a
 * node takes about 12 s, so it is started on first use and stopped when the JVM exits.
 */
public final class SharedTestNode {

    private static LocalElasticsearchNode node;

    private SharedTestNode() {
    }

    public static synchronized SearchEndpoint endpoint() {
        if (node == null) {
            Path dist = Path.of(required("varcat.es.dist.dir"));
            Path home = Path.of(required("varcat.es.home"));
            node = LocalElasticsearchNode.start(LocalNodeSettings.of(dist, home));
        }
        return SearchEndpoint.unauthenticated(node.httpUri());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run integration tests"
                    + " through Maven (./mvnw verify), which sets it");
        }
        return value;
    }
}
