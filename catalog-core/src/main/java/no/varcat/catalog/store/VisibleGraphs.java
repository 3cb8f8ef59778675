package no.varcat.catalog.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only dataset holding only some of a store's named graphs, with their union as the default
 * graph. A query over it cannot reach the others by any route: {@code GRAPH ?g}, {@code FROM NAMED},
 * {@code DESCRIBE} and Jena's union graph name all resolve within the view, because the other
 * graphs are simply not in it. Valid inside the store's read transaction only.
 */
final class VisibleGraphs {

    private VisibleGraphs() {
    }

    static DatasetGraph of(DatasetGraph store, Predicate<String> visible) {
        Set<Node> names = new HashSet<>();
        store.listGraphNodes().forEachRemaining(name -> {
            if (name.isURI() && visible.test(name.getURI())) {
                names.add(name);
            }
        });
        DatasetGraph view = DatasetGraphFactory.createGeneral(new UnionOf(store, names));
        names.forEach(name -> view.addGraph(name, store.getGraph(name)));
        return new DatasetGraphReadOnly(view);
    }

    /**
     * The union of the visible graphs. It reads the store's own union graph, which gives each triple
     * once without remembering what it has seen (duplicates come adjacent from the indexes), and keeps
     * a triple if one of the graphs holding it is visible: one index lookup per triple, memory that
     * does not grow with the answer.
     */
    private static final class UnionOf extends GraphBase {

        private final DatasetGraph store;
        private final Set<Node> names;
        private final Graph union;

        UnionOf(DatasetGraph store, Set<Node> names) {
            this.store = store;
            this.names = names;
            this.union = store.getUnionGraph();
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return union.find(pattern).filterKeep(this::inVisibleGraph);
        }

        private boolean inVisibleGraph(Triple triple) {
            Iterator<Quad> holders = store.find(Node.ANY, triple.getSubject(), triple.getPredicate(), triple.getObject());
            return Iter.anyMatch(holders, quad -> names.contains(quad.getGraph()));
        }
    }
}
