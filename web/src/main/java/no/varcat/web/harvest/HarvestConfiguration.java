package no.varcat.web.harvest;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.harvest.Harvester;
import no.varcat.harvest.SourceOpener;
import no.varcat.harvest.SourceReaders;
import no.varcat.web.system.VarcatProperties;

@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

    @Bean
    Harvester harvester(CatalogStore store, VarcatProperties properties) {
        return new Harvester(store, SourceReaders.standard(), new SourceOpener(properties.harvest().allowFileUrls()),
                Clock.systemUTC());
    }
}
