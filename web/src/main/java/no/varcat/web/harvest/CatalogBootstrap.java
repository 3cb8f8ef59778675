package no.varcat.web.harvest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.Harvester;
import no.varcat.web.system.VarcatProperties;

/**
 * On start: harvests the bundled sample sources the store does not have yet (when enabled), and
 * builds the search indices when they are missing or the store has just changed.
 */
@Component
class CatalogBootstrap implements ApplicationRunner {

    private final VarcatProperties properties;
    private final CatalogStore store;
    private final Harvester harvester;
    private final IndexSync indexSync;

    CatalogBootstrap(VarcatProperties properties, CatalogStore store, Harvester harvester, IndexSync indexSync) {
        this.properties = properties;
        this.store = store;
        this.harvester = harvester;
        this.indexSync = indexSync;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean harvested = false;
        if (properties.sampleData().enabled()) {
            // Per source, so that sample sources added in a newer version arrive in an existing store;
            // a source harvested before is left as it is.
            var present = store.graphNames();
            for (HarvestSource source : SampleSources.list()) {
                if (!present.contains(source.graphName())) {
                    HarvestReport report = harvester.harvest(source);
                    harvested |= report.succeeded();
                }
            }
        }
        // Only what changed is written; an index that does not exist yet is built whole.
        indexSync.sync(harvested);
    }
}
