package no.varcat.harvest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

import no.varcat.catalog.qualityscore.QualityGraph;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.ChangeSet;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.RemovedVariables;

/**
 * The sources the catalog harvests, kept in the store (graph {@value #GRAPH}) so that what an
 * admin registers survives restarts and lands in the same backups as the data. A save or a delete
 * takes out and writes the triples of its sources only, in one transaction, so that it costs the
 * same with ten sources registered or thousands.
 */
public final class SourceRegistry {

    public static final String GRAPH = "urn:varcat:sources";

    private final CatalogStore store;
    private final Clock clock;

    public SourceRegistry(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every registered source, by id. */
    public List<RegisteredSource> all() {
        return SourceRegistrationMapping.fromGraph(store.readGraph(GRAPH));
    }

    /** The source with this id: reads its own triples only. */
    public Optional<RegisteredSource> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Those of the sources with these ids that are registered, by id: one query reading their triples only. */
    public List<RegisteredSource> findAll(Collection<String> ids) {
        // An id no source can have (asked for from a URL, say) finds nothing, and never reaches the query text.
        List<String> valid = ids.stream().filter(HarvestSource::isValidId).distinct().toList();
        if (valid.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        valid.forEach(id -> values.append(" <").append(HarvestSource.iriFor(id)).append('>'));
        Graph g = store.construct("CONSTRUCT { ?source ?p ?o } WHERE { VALUES ?source {" + values + " } GRAPH <" + GRAPH
                + "> { ?source ?p ?o } }").getGraph();
        return SourceRegistrationMapping.fromGraph(g);
    }

    /**
     * Whether a registered source is fetched with this URI scheme ("classpath" for the bundled
     * sample): one ASK, as every page asks it.
     */
    public boolean anyWithScheme(String scheme) {
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
            throw new IllegalArgumentException("Not a URI scheme: " + scheme);
        }
        return store.ask("ASK { GRAPH <" + GRAPH + "> { ?source <" + DCAT.accessURL.getURI() + "> ?url "
                + "FILTER(STRSTARTS(STR(?url), \"" + scheme + ":\")) } }");
    }

    /** Whether sources were ever registered here; an admin may since have deleted every one. */
    public boolean isInitialised() {
        return store.graphNames().contains(GRAPH);
    }

    /** Registers {@code initial} once, in a store that never had a registry; later calls do nothing. */
    public synchronized void initialise(List<RegisteredSource> initial) {
        if (!isInitialised()) {
            write(initial);
        }
    }

    /** Adds the source, or replaces the registered source with its id. */
    public void save(RegisteredSource source) {
        saveAll(List.of(source));
    }

    /**
     * Adds these sources, each replacing the registered source with its id, in one transaction: an
     * import of hundreds writes the registry once, not once per source.
     */
    public void saveAll(List<RegisteredSource> saved) {
        Set<String> ids = saved.stream().map(RegisteredSource::id).collect(Collectors.toSet());
        if (ids.size() < saved.size()) {
            throw new IllegalArgumentException("Two of the sources to save have the same id");
        }
        // Only these sources' triples are taken out and written: the rest of the registry is not touched.
        Graph content = SourceRegistrationMapping.toGraph(saved);
        store.apply(List.of(patch(ids, content)));
    }

    /**
     * Unregisters the source and drops what was harvested from it, with its record of removed
     * variables, in one transaction, which also logs its registers and variables as removed. Its harvest log stays: the provenance of what the catalog
     * once served.
     *
     * @return whether a source with this id was registered
     */
    public synchronized boolean delete(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        Graph empty = GraphFactory.createDefaultGraph();
        ChangeSet removed = ChangeSet.between(store.readGraph(HarvestSource.graphNameFor(id)), empty, store);
        List<GraphChange> changes = new ArrayList<>(List.of(patch(Set.of(id), GraphFactory.createDefaultGraph()),
                new GraphChange.Replace(HarvestSource.graphNameFor(id), empty),
                new GraphChange.Replace(RemovedVariables.graphName(id), empty),
                new GraphChange.Replace(HarvestSource.idsGraphNameFor(id), empty),
                removed.logged(deletionIri(id), clock.instant())));
        changes.addAll(QualityGraph.dropped(id));
        store.apply(changes);
        return true;
    }

    /** The deletion, as the activity its changes name: {@code urn:varcat:source-deletion:{id}:{uuid}}. */
    private static String deletionIri(String id) {
        return "urn:varcat:source-deletion:" + id + ":" + UUID.randomUUID();
    }

    private void write(List<RegisteredSource> sources) {
        store.apply(List.of(registryChange(sources)));
    }

    private GraphChange registryChange(List<RegisteredSource> sources) {
        Graph g = SourceRegistrationMapping.toGraph(sources);
        g.add(modified());
        return new GraphChange.Replace(GRAPH, g);
    }

    /** The sources with these ids become {@code content} (none when it is empty); the others are not touched. */
    private GraphChange patch(Set<String> ids, Graph content) {
        List<Triple> removed = new ArrayList<>();
        ids.forEach(id -> removed.add(Triple.create(NodeFactory.createURI(HarvestSource.iriFor(id)), Node.ANY, Node.ANY)));
        removed.add(Triple.create(NodeFactory.createURI(GRAPH), DCTerms.modified.asNode(), Node.ANY));
        content.add(modified());
        return new GraphChange.Patch(GRAPH, removed, content);
    }

    /**
     * Marks the registry as there even when the last source is deleted, so that the sample
     * sources are registered on the first start only.
     */
    private Triple modified() {
        return Triple.create(NodeFactory.createURI(GRAPH), DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime));
    }
}
