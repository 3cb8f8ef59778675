package no.varcat.web.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.change.ChangeLog;
import no.varcat.catalog.store.CatalogStore;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    @Bean
    ChangeLog changeLog(CatalogStore store) {
        return new ChangeLog(store);
    }
}
