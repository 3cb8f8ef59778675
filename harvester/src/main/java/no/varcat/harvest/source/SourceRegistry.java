package no.varcat.harvest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
 * admin registers survives restarts and lands in the same backups as the data. Writes replace the
 * whole graph in one transaction; they are serialised here, as the graph is small (one node per
 * source).
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

    public Optional<RegisteredSource> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
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
    public synchronized void saveAll(List<RegisteredSource> saved) {
        Set<String> ids = saved.stream().map(RegisteredSource::id).collect(Collectors.toSet());
        if (ids.size() < saved.size()) {
            throw new IllegalArgumentException("Two of the sources to save have the same id");
        }
        List<RegisteredSource> sources = new ArrayList<>(all());
        sources.removeIf(s -> ids.contains(s.id()));
        sources.addAll(saved);
        write(sources);
    }

    /**
     * Unregisters the source and drops what was harvested from it, with its record of removed
     * variables, in one transaction, which also logs its registers and variables as removed. Its harvest log stays: the provenance of what the catalog
     * once served.
     *
     * @return whether a source with this id was registered
     */
    public synchronized boolean delete(String id) {
        List<RegisteredSource> sources = new ArrayList<>(all());
        if (!sources.removeIf(s -> s.id().equals(id))) {
            return false;
        }
        Graph empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ChangeSet removed = ChangeSet.between(store.readGraph(HarvestSource.graphNameFor(id)), empty, store);
        List<GraphChange> changes = new ArrayList<>(List.of(registryChange(sources),
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
        // Marks the registry as there even when the last source is deleted, so that the sample
        // sources are registered on the first start only.
        g.add(Triple.create(NodeFactory.createURI(GRAPH), DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime)));
        return new GraphChange.Replace(GRAPH, g);
    }
}
