package no.varcat.catalog.search;

import java.util.List;
import java.util.OptionalLong;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.vocab.Prefixes;
import no.varcat.vocab.VARCAT;

/**
 * How far the search indices have taken in the change log (docs/model.md, "Change log"): the number
 * of the last change whose register or variable Elasticsearch has confirmed, kept in the store in a
 * graph of its own ({@code <urn:varcat:search-index> varcat:lastSequence n}). It moves only after
 * the bulk was confirmed, so an outage between a harvest's commit and the index leaves it behind and
 * the next catch-up does that work again: indexing the state of the store is idempotent.
 */
public final class IndexCursor {

    public static final String GRAPH = "urn:varcat:search-index";

    private final CatalogStore store;

    public IndexCursor(CatalogStore store) {
        this.store = store;
    }

    /** The last change number the indices have taken in; empty when they never followed the log (an older store). */
    public OptionalLong position() {
        long[] found = {-1};
        store.select(Prefixes.sparqlPrologue() + "SELECT ?n WHERE { GRAPH <" + GRAPH + "> { <" + GRAPH + "> varcat:lastSequence ?n } }",
                row -> found[0] = Math.max(found[0], row.getLiteral("n").getLong()));
        return found[0] < 0 ? OptionalLong.empty() : OptionalLong.of(found[0]);
    }

    /** Records that the indices have taken in every change up to {@code sequence}. */
    public void moveTo(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("Not a change number: " + sequence);
        }
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(GRAPH), VARCAT.lastSequence.asNode(),
                NodeFactory.createLiteralDT(Long.toString(sequence), XSDDatatype.XSDinteger)));
        store.apply(List.of(new GraphChange.Replace(GRAPH, g)));
    }

    /** Forgets the position: the next sync rebuilds the indices from the whole store. */
    public void clear() {
        store.apply(List.of(new GraphChange.Replace(GRAPH, GraphFactory.createDefaultGraph())));
    }
}
