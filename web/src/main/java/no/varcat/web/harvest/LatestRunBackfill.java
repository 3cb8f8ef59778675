package no.varcat.web.harvest;

import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestHistory;

/**
 * Once per store: gives the harvest logs written before {@code varcat:latestRun} existed their
 * pointer to their newest run, so that the admin's list of sources is one query from then on. A
 * migration, so it reads every log once; afterwards its marker makes each start one ASK.
 */
@Component
class LatestRunBackfill {

    private static final Logger log = LoggerFactory.getLogger(LatestRunBackfill.class);
    private static final String MARKER = "urn:varcat:migration:latest-runs";

    private final CatalogStore store;
    private final HarvestHistory history;

    LatestRunBackfill(CatalogStore store, HarvestHistory history) {
        this.store = store;
        this.history = history;
    }

    void runOnce() {
        if (store.ask("ASK { GRAPH <" + PathIdBackfill.MIGRATIONS_GRAPH + "> { <" + MARKER + "> ?p ?o } }")) {
            return;
        }
        int pointed = history.pointLogsToTheirLatestRun();
        Graph marker = GraphFactory.createDefaultGraph();
        marker.add(Triple.create(NodeFactory.createURI(MARKER), DCTerms.date.asNode(),
                NodeFactory.createLiteralString(Instant.now().toString())));
        store.apply(List.of(new GraphChange.Add(PathIdBackfill.MIGRATIONS_GRAPH, marker)));
        if (pointed > 0) {
            log.info("Pointed {} harvest logs written before varcat:latestRun at their newest run", pointed);
        }
    }
}
