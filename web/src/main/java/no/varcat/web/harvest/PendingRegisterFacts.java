package no.varcat.web.harvest;

import java.util.List;

import org.apache.jena.graph.Graph;

import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.search.IndexCursor;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.GraphChange;
import no.varcat.harvest.HarvestHook;
import no.varcat.harvest.HarvestSource;

/**
 * The search index's pending work that the change log does not hold, written by each harvest in its
 * own transaction: the registers whose coverage rates or quality indicators the new graph gives, or
 * the old one gave. {@link IndexSync} indexes them at its next catch-up and clears them after.
 */
final class PendingRegisterFacts implements HarvestHook {

    private final RegisterFactsRepository registerFacts;
    private final IndexCursor cursor;

    PendingRegisterFacts(RegisterFactsRepository registerFacts, CatalogStore store) {
        this.registerFacts = registerFacts;
        this.cursor = new IndexCursor(store);
    }

    @Override
    public List<GraphChange> alsoWrite(HarvestSource source, Graph harvested) {
        return cursor.pendingAfterHarvest(source.id(), registerFacts.registersWithFactsIn(harvested));
    }
}
