package no.varcat.web.harvest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.system.VarcatProperties;

/**
 * On start: registers the bundled sample sources on the first start (when enabled), harvests those
 * the store does not have yet, and builds the search indices when they are missing or the store has
 * just changed. The sample sources are then ordinary sources: an admin may delete them, and they do
 * not come back.
 */
@Component
class CatalogBootstrap implements ApplicationRunner {

    private final VarcatProperties properties;
    private final CatalogStore store;
    private final Harvester harvester;
    private final IndexSync indexSync;
    private final SourceRegistry registry;

    CatalogBootstrap(VarcatProperties properties, CatalogStore store, Harvester harvester, IndexSync indexSync,
            SourceRegistry registry) {
        this.properties = properties;
        this.store = store;
        this.harvester = harvester;
        this.indexSync = indexSync;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean harvested = false;
        if (properties.sampleData().enabled()) {
            registry.initialise(SampleSources.list().stream().map(s -> new RegisteredSource(s, null, null)).toList());
            // A registered sample source the store has no data of yet is harvested now, from the
            // classpath; one harvested before is left as it is.
            var present = store.graphNames();
            for (HarvestSource source : SampleSources.list()) {
                if (!present.contains(source.graphName()) && registry.find(source.id()).isPresent()) {
                    HarvestReport report = harvester.harvest(source);
                    harvested |= report.succeeded();
                }
            }
        }
        // Only what changed is written; an index that does not exist yet is built whole.
        indexSync.sync(harvested);
    }
}
