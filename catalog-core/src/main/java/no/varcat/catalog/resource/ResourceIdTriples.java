package no.varcat.catalog.resource;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.vocab.VARCAT;

/**
 * The {@code varcat:pathId} triples of what a source's graph describes, one for each resource of
 * a {@link ResourceKind}, so that the store can answer which IRI a URL's id stands for. Costs in
 * proportion to the graph, never to the catalog. They are kept in a graph of their own beside the
 * source's, so the source's graph stays what was harvested.
 */
public final class ResourceIdTriples {

    private ResourceIdTriples() {
    }

    public static Graph of(Graph content) {
        Set<Node> addressed = new HashSet<>();
        for (ResourceKind kind : ResourceKind.values()) {
            kind.type().ifPresent(type -> content.find(Node.ANY, RDF.type.asNode(), type.asNode())
                    .forEach(t -> addressed.add(t.getSubject())));
        }
        content.find(Node.ANY, DCTerms.publisher.asNode(), Node.ANY).forEach(t -> addressed.add(t.getObject()));
        Graph ids = GraphFactory.createDefaultGraph();
        addressed.stream()
                .filter(Node::isURI)
                // varcat's own terms (the coverage-rate metric) are defined in the vocabulary, not harvested.
                .filter(node -> !node.getURI().startsWith(VARCAT.NS))
                .forEach(node -> ids.add(Triple.create(node, VARCAT.pathId.asNode(),
                        NodeFactory.createLiteralString(ResourceIds.of(node.getURI())))));
        return ids;
    }
}
