package no.varcat.web.harvest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.system.VarcatProperties;

/**
 * On start: registers the bundled sample sources on the first start (when enabled), harvests the
 * bundled sources whose content changed since their last run (all of them in a new store), and
 * brings the search indices up to the store: the changes logged since the index last took any in,
 * or the whole store when an index is missing or older. The sample sources
 * are then ordinary sources: an admin may delete them, and they do not come back.
 */
@Component
class CatalogBootstrap implements ApplicationRunner {

    private final VarcatProperties properties;
    private final SourceScheduler scheduler;
    private final IndexSync indexSync;
    private final SourceRegistry registry;
    private final PathIdBackfill pathIds;
    private final LatestRunBackfill latestRuns;

    CatalogBootstrap(VarcatProperties properties, SourceScheduler scheduler, IndexSync indexSync, SourceRegistry registry,
            PathIdBackfill pathIds, LatestRunBackfill latestRuns) {
        this.properties = properties;
        this.scheduler = scheduler;
        this.indexSync = indexSync;
        this.registry = registry;
        this.pathIds = pathIds;
        this.latestRuns = latestRuns;
    }

    @Override
    public void run(ApplicationArguments args) {
        pathIds.runOnce();
        latestRuns.runOnce();
        if (properties.loadsSampleData()) {
            registry.initialise(SampleSources.list().stream().map(s -> new RegisteredSource(s, null, null)).toList());
        }
        // Every registered source bundled in the application is harvested on each start, on the
        // validator of its last run: unchanged bytes are not even read, and a newer version's sample
        // data replaces the old. The others wait for their schedule or an admin.
        // Through the scheduler, so that an admin's "harvest now" meanwhile never runs beside it.
        List<HarvestSource> harvested = new ArrayList<>();
        for (RegisteredSource registered : registry.all()) {
            if ("classpath".equals(registered.source().location().getScheme())
                    && scheduler.runWithoutIndexing(registered.source()).map(HarvestReport::succeeded).orElse(false)) {
                harvested.add(registered.source());
            }
        }
        // The changes after the index's cursor (these runs', and any a stop or an outage left behind);
        // an index that does not exist yet or is older is built whole.
        indexSync.catchUpAfter(harvested);
    }
}
