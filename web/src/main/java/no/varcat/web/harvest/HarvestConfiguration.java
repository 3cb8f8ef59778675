package no.varcat.web.harvest;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.GroupCommit;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.fetch.FetchSettings;
import no.varcat.harvest.fetch.HttpFetcher;
import no.varcat.harvest.fetch.TargetGuard;
import no.varcat.harvest.schedule.FetchStates;
import no.varcat.harvest.schedule.SourceRuns;
import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.compaction.StoreCompactions;
import no.varcat.web.metrics.HarvestMetrics;
import no.varcat.web.system.VarcatProperties;

@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

    @Bean
    SourceReaders sourceReaders() {
        return SourceReaders.standard();
    }

    @Bean
    Harvester harvester(CatalogStore store, SourceReaders readers, VarcatProperties properties, RegisterFactsRepository registerFacts) {
        FetchSettings fetch = FetchSettings.defaults()
                .withGuard(properties.harvest().allowPrivateAddresses() ? TargetGuard.ANY : TargetGuard.PUBLIC_ONLY);
        return new Harvester(store, readers, new SourceOpener(properties.harvest().allowFileUrls(), new HttpFetcher(fetch)),
                Clock.systemUTC(), new PendingRegisterFacts(registerFacts, store),
                new GroupCommit(store, properties.harvest().commitWait(), GroupCommit.DEFAULT_MAX_TRIPLES));
    }

    @Bean
    HarvestHistory harvestHistory(CatalogStore store) {
        return new HarvestHistory(store);
    }

    @Bean
    SourceRegistry sourceRegistry(CatalogStore store) {
        return new SourceRegistry(store, Clock.systemUTC());
    }

    @Bean
    SourceCatalog sourceCatalog(VarcatProperties properties, SourceReaders readers, SourceRegistry registry) {
        List<RegisteredSource> fromFile = properties.sourcesFile() == null ? List.of()
                : new SourcesFile(readers.formats(), System::getenv).read(properties.sourcesFile());
        return new SourceCatalog(fromFile, registry);
    }

    @Bean
    SourceScheduler sourceScheduler(SourceCatalog sources, Harvester harvester, HarvestHistory history, IndexSync indexSync,
            HarvestMetrics metrics, StoreCompactions compactions) {
        return new SourceScheduler(sources, harvester, new SourceRuns(), new FetchStates(history), System::getenv, indexSync::afterHarvest,
                (report, othersGoingOn) -> {
                    metrics.record(report);
                    // Harvests are what grows the store: the look at its size comes after each.
                    compactions.afterRun(othersGoingOn);
                });
    }

    @Bean
    ScheduledHarvests scheduledHarvests(SourceScheduler sourceScheduler, VarcatProperties properties) {
        return new ScheduledHarvests(sourceScheduler, properties.harvest().threads());
    }
}
