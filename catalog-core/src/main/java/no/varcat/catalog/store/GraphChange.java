package no.varcat.catalog.store;

import java.util.Objects;

import org.apache.jena.graph.Graph;

/** One change to one named graph; {@link CatalogStore#apply} applies several in one transaction. */
public sealed interface GraphChange {

    String graphName();

    Graph content();

    /** The graph becomes exactly {@code content}. */
    record Replace(String graphName, Graph content) implements GraphChange {
        public Replace {
            Objects.requireNonNull(graphName, "graphName");
            Objects.requireNonNull(content, "content");
        }
    }

    /** {@code content} is added to what the graph holds. */
    record Add(String graphName, Graph content) implements GraphChange {
        public Add {
            Objects.requireNonNull(graphName, "graphName");
            Objects.requireNonNull(content, "content");
        }
    }
}
