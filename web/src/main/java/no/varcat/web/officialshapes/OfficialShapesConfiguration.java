package no.varcat.web.officialshapes;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.officialshapes.OfficialShapeSets;
import no.varcat.catalog.officialshapes.ShapeSetRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.fetch.FetchSettings;
import no.varcat.harvest.fetch.HttpFetcher;
import no.varcat.harvest.fetch.TargetGuard;
import no.varcat.web.system.VarcatProperties;

/** Official shape sets: kept in the store, compiled per instance, fetched as harvests fetch (limits and address guard). */
@Configuration(proxyBeanMethods = false)
class OfficialShapesConfiguration {

    @Bean
    OfficialShapeSets officialShapeSets(CatalogStore store) {
        return new OfficialShapeSets(new ShapeSetRepository(store));
    }

    @Bean
    ShapeSetRegistration shapeSetRegistration(OfficialShapeSets sets, VarcatProperties properties) {
        FetchSettings fetch = FetchSettings.defaults()
                .withGuard(properties.harvest().allowPrivateAddresses() ? TargetGuard.ANY : TargetGuard.PUBLIC_ONLY)
                // The admin is waiting for the answer: one attempt, as the self-check's.
                .withRetries(1, Duration.ofSeconds(1))
                .withMaxBytes(ShapeSetRegistration.MAX_BYTES);
        return new ShapeSetRegistration(sets, new HttpFetcher(fetch), Clock.systemUTC());
    }
}
