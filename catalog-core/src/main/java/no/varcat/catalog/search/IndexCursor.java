package no.varcat.catalog.search;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.catalog.store.Iris;
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
    /** Registers to index again that the log does not name (their coverage rates or indicators changed). */
    public static final String PENDING_GRAPH = "urn:varcat:search-index:pending";
    /** Followed by a source id: the registers that source gave rates or indicators for when it was last indexed. */
    private static final String FACTS_PREFIX = "urn:varcat:search-index:facts-of:";

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

    /**
     * Before the source is deleted: the registers it gives facts for ({@code given}, read from its
     * graph) and gave when last indexed become pending, as after a harvest that gave none.
     */
    public void sourceGoes(String sourceId, Collection<String> given) {
        pend(sourceId, given, List.of());
    }

    /**
     * The registers whose facts a source's new graph gives ({@code nowGiven}), with those it gave
     * before, as pending: registers whose facts changed with no entry in the log, kept until
     * {@link #clearPending} so that an outage before they are indexed does not lose them. A register
     * the source no longer gives rates for is among them, so its old rates leave its variables. For a
     * harvest to apply in its own transaction: a crash between the two cannot lose them either.
     */
    public List<GraphChange> pendingAfterHarvest(String sourceId, Collection<String> nowGiven) {
        return pendingChanges(sourceId, nowGiven, nowGiven);
    }

    private void pend(String sourceId, Collection<String> given, Collection<String> remembered) {
        List<GraphChange> changes = pendingChanges(sourceId, given, remembered);
        if (!changes.isEmpty()) {
            store.apply(changes);
        }
    }

    private List<GraphChange> pendingChanges(String sourceId, Collection<String> given, Collection<String> remembered) {
        Set<String> pending = new TreeSet<>(given);
        Set<String> before = registers(FACTS_PREFIX + sourceId);
        pending.addAll(before);
        if (pending.isEmpty()) {
            return List.of();
        }
        return List.of(new GraphChange.Add(PENDING_GRAPH, registersGraph(PENDING_GRAPH, pending)),
                new GraphChange.Replace(FACTS_PREFIX + sourceId, registersGraph(FACTS_PREFIX + sourceId, remembered)));
    }

    private static Graph registersGraph(String graphName, Collection<String> registers) {
        Graph g = GraphFactory.createDefaultGraph();
        registers.stream().filter(Iris::isAbsolute).filter(r -> r.indexOf('>') < 0).forEach(register -> g.add(Triple.create(
                NodeFactory.createURI(graphName), VARCAT.register.asNode(), NodeFactory.createURI(register))));
        return g;
    }

    private Set<String> registers(String graphName) {
        Set<String> registers = new TreeSet<>();
        store.select(Prefixes.sparqlPrologue() + "SELECT ?r WHERE { GRAPH <" + graphName + "> { <" + graphName
                + "> varcat:register ?r } }", row -> registers.add(row.getResource("r").getURI()));
        return registers;
    }

    /** The registers recorded by {@link #pendingAfterHarvest} or {@link #sourceGoes} and not yet cleared; as many as the registers at most. */
    public Set<String> pending() {
        return registers(PENDING_GRAPH);
    }

    /** Forgets the pending registers: they were indexed. */
    public void clearPending() {
        store.apply(List.of(new GraphChange.Replace(PENDING_GRAPH, GraphFactory.createDefaultGraph())));
    }

    /** Forgets the position: the next sync rebuilds the indices from the whole store. */
    public void clear() {
        store.apply(List.of(new GraphChange.Replace(GRAPH, GraphFactory.createDefaultGraph())));
    }
}
