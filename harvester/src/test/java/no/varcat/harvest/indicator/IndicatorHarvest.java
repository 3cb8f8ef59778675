package no.varcat.harvest.indicator;

import java.net.URI;
import java.time.Clock;

import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;

/** Harvests indicator fixtures into an in-memory store, as the application does, for reading back. */
final class IndicatorHarvest implements AutoCloseable {

    static final String REGISTER = "https://test.varcat.no/skde/diabetes-voksne";
    static final String SOURCE_ID = "indicators";

    final Tdb2CatalogStore store = Tdb2CatalogStore.inMemory();
    final QualityIndicatorRepository repository = new QualityIndicatorRepository(store);
    private final Harvester harvester = new Harvester(store, SourceReaders.standard(), new SourceOpener(false), Clock.systemUTC());

    HarvestReport harvest(String fixture) {
        return harvester.harvest(new HarvestSource(SOURCE_ID, URI.create("classpath:no/varcat/harvest/indicator/" + fixture),
                IndicatorJsonReader.FORMAT, "Indicators"));
    }

    @Override
    public void close() {
        store.close();
    }
}
