package no.varcat.web.harvest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.varcat.catalog.resource.ResourceIdTriples;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestSource;

/**
 * Once per store: writes the {@code varcat:pathId} graphs of sources harvested before the
 * harvester wrote them, so that URLs resolve without waiting for each source to change. A
 * migration, so it reads every source graph once; afterwards its marker makes each start one ASK.
 */
@Component
class PathIdBackfill {

    private static final Logger log = LoggerFactory.getLogger(PathIdBackfill.class);
    static final String MIGRATIONS_GRAPH = "urn:varcat:migrations";
    private static final String MARKER = "urn:varcat:migration:path-ids";

    private final CatalogStore store;

    PathIdBackfill(CatalogStore store) {
        this.store = store;
    }

    void runOnce() {
        if (store.ask("ASK { GRAPH <" + MIGRATIONS_GRAPH + "> { <" + MARKER + "> ?p ?o } }")) {
            return;
        }
        String sourceGraphs = HarvestSource.graphNameFor("");
        List<GraphChange> changes = new ArrayList<>();
        for (String graphName : store.graphNames()) {
            if (graphName.startsWith(sourceGraphs)) {
                String sourceId = graphName.substring(sourceGraphs.length());
                changes.add(new GraphChange.Replace(HarvestSource.idsGraphNameFor(sourceId),
                        ResourceIdTriples.of(store.readGraph(graphName))));
            }
        }
        Graph marker = GraphFactory.createDefaultGraph();
        marker.add(Triple.create(NodeFactory.createURI(MARKER), DCTerms.date.asNode(),
                NodeFactory.createLiteralString(Instant.now().toString())));
        changes.add(new GraphChange.Add(MIGRATIONS_GRAPH, marker));
        store.apply(changes);
        if (changes.size() > 1) {
            log.info("Added URL ids to {} source graphs harvested before sources had them", changes.size() - 1);
        }
    }
}
