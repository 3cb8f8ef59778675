package no.varcat.web.system;

import java.util.Optional;

import no.varcat.catalog.search.local.LocalElasticsearchNode;

/**
 * The local Elasticsearch node, when varcat runs one (no {@code varcat.elasticsearch.url}): each
 * instance supervises its own node, and stops it when the application stops.
 */
public record LocalNodeHolder(LocalElasticsearchNode node) implements AutoCloseable {

    /** The node this instance runs; empty when search is an external cluster. */
    public Optional<LocalElasticsearchNode> local() {
        return Optional.ofNullable(node);
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
