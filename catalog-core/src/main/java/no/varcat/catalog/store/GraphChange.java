package no.varcat.catalog.store;

import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

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

    /**
     * The triples matching each of {@code removed} are taken out of the graph ({@link Node#ANY} in a
     * pattern matches anything), then {@code content} is added: a change to a few subjects of a large
     * graph (one source of the registry, say) that touches their triples only.
     */
    record Patch(String graphName, List<Triple> removed, Graph content) implements GraphChange {
        public Patch {
            Objects.requireNonNull(graphName, "graphName");
            Objects.requireNonNull(content, "content");
            removed = List.copyOf(removed);
        }
    }

    /**
     * {@code content} is added, and each of {@code entries}, in order, is numbered {@code <entry>
     * varcat:sequence n} with n one above the graph's last number ({@code <graphName>
     * varcat:lastSequence}), which moves on. The store numbers them inside the write transaction:
     * writers running at once never share a number, and numbers follow the order of commits, so a
     * reader that has seen n has seen every number below it. (On a SPARQL store this is one update
     * request: read the last number, insert the numbered entries and the new last number.)
     */
    record Append(String graphName, Graph content, List<Node> entries) implements GraphChange {
        public Append {
            Objects.requireNonNull(graphName, "graphName");
            Objects.requireNonNull(content, "content");
            entries = List.copyOf(entries);
        }
    }
}
