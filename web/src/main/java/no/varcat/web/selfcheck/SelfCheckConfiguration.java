package no.varcat.web.selfcheck;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.officialshapes.OfficialShapeSets;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.DryRun;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.harvest.fetch.FetchSettings;
import no.varcat.harvest.fetch.HttpFetcher;
import no.varcat.harvest.fetch.TargetGuard;
import no.varcat.web.system.VarcatProperties;

/** The self-check reads as harvests do: the same readers, size cap, time limits and address guard; never file: URLs. */
@Configuration(proxyBeanMethods = false)
class SelfCheckConfiguration {

    @Bean
    SelfCheck selfCheck(CatalogStore store, SourceReaders readers, VarcatProperties properties, OfficialShapeSets officialSets) {
        FetchSettings fetch = FetchSettings.defaults()
                .withGuard(properties.harvest().allowPrivateAddresses() ? TargetGuard.ANY : TargetGuard.PUBLIC_ONLY)
                // Someone is waiting for the answer and can ask again: one attempt, not a harvest's retries.
                .withRetries(1, Duration.ofSeconds(1));
        return new SelfCheck(new DryRun(store, readers, new SourceOpener(false, new HttpFetcher(fetch))), readers.formats(), officialSets);
    }
}
