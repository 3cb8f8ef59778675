package no.varcat.harvest.coverage;

import java.net.URI;
import java.util.List;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;

/** Harvests coverage fixtures into an in-memory store, as the application does, and reads the rates back. */
final class CoverageHarvest implements AutoCloseable {

    static final String SKDE_REGISTER = "https://test.varcat.no/skde/diabetes-voksne";
    static final String MFR = "https://test.varcat.no/fhi/mfr";
    static final String SOURCE_ID = "coverage";

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);
    final Tdb2CatalogStore store = harvest.store;

    HarvestReport skde(String fixture) {
        return harvest(fixture, "skde", SKDE_REGISTER);
    }

    HarvestReport plain(String fixture) {
        return harvest(fixture, "plain", null);
    }

    HarvestReport harvest(String fixture, String preset, String register) {
        return harvest(URI.create("classpath:no/varcat/harvest/coverage/" + fixture), preset, register);
    }

    HarvestReport harvest(URI location, String preset, String register) {
        return harvest.harvest(new HarvestSource(SOURCE_ID, location, CoverageCsvReader.FORMAT, "Coverage", register, preset));
    }

    List<CoverageRate> rates(String computedOn) {
        return new CoverageRepository(store).forResource(computedOn);
    }

    @Override
    public void close() {
        harvest.close();
    }
}
