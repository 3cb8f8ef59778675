package no.varcat.harvest;

import java.util.List;

import org.apache.jena.graph.Graph;

import no.varcat.catalog.store.GraphChange;

/**
 * What else a successful harvest writes in its own transaction, beside the source's graph, its log
 * entry and its changes: bookkeeping of other parts (the search index's pending work) that must
 * land with the data or not at all, so that a crash between the two cannot lose it.
 */
@FunctionalInterface
public interface HarvestHook {

    HarvestHook NONE = (source, harvested) -> List.of();

    /**
     * @param harvested the source's new graph, about to replace the stored one
     * @return the changes to apply in the same transaction; read the store if needed, never write it
     */
    List<GraphChange> alsoWrite(HarvestSource source, Graph harvested);
}
