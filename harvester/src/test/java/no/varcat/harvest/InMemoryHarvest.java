package no.varcat.harvest;

import java.time.Clock;

import no.varcat.catalog.store.Tdb2CatalogStore;

/** The standard harvester over an in-memory store, wired as the application wires it; one per test, closed after it. */
public final class InMemoryHarvest implements AutoCloseable {

    public final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    private final Harvester harvester;

    /** With {@code file:} sources refused, as by default. */
    public InMemoryHarvest() {
        this(false);
    }

    public InMemoryHarvest(boolean fileUrlsAllowed) {
        harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(fileUrlsAllowed), Clock.systemUTC());
    }

    public HarvestReport harvest(HarvestSource source) {
        return harvester.harvest(source);
    }

    public Harvester harvester() {
        return harvester;
    }

    @Override
    public void close() {
        store.close();
    }
}
