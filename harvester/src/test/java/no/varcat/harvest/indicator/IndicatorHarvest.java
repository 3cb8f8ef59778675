package no.varcat.harvest.indicator;

import java.net.URI;

import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;

/** Harvests indicator fixtures into an in-memory store, as the application does, for reading back. */
final class IndicatorHarvest implements AutoCloseable {

    static final String REGISTER = "https://test.varcat.no/skde/diabetes-voksne";
    static final String SOURCE_ID = "indicators";

    private final InMemoryHarvest harvest = new InMemoryHarvest();
    final Tdb2CatalogStore store = harvest.store;
    final QualityIndicatorRepository repository = new QualityIndicatorRepository(store);

    HarvestReport harvest(String fixture) {
        return harvest.harvest(new HarvestSource(SOURCE_ID, URI.create("classpath:no/varcat/harvest/indicator/" + fixture),
                IndicatorJsonReader.FORMAT, "Indicators"));
    }

    @Override
    public void close() {
        harvest.close();
    }
}
