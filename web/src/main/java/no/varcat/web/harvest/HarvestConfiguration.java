package no.varcat.web.harvest;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.web.system.VarcatProperties;

@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

    @Bean
    Harvester harvester(CatalogStore store, VarcatProperties properties) {
        return new Harvester(store, SourceReaders.standard(), new SourceOpener(properties.harvest().allowFileUrls()),
                Clock.systemUTC());
    }

    @Bean
    SourceScheduler sourceScheduler(VarcatProperties properties, CatalogStore store, Harvester harvester, IndexSync indexSync) {
        List<ScheduledSource> sources = properties.sourcesFile() == null ? List.of()
                : new SourcesFile(SourceReaders.standard().formats(), System::getenv).read(properties.sourcesFile());
        return new SourceScheduler(sources, harvester, new SourceRuns(),
                new FetchStates(new HarvestHistory(store)), indexSync::syncAll);
    }

    @Bean
    ScheduledHarvests scheduledHarvests(SourceScheduler sourceScheduler) {
        return new ScheduledHarvests(sourceScheduler);
    }
}
