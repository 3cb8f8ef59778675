package no.varcat.web.list;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

@Configuration(proxyBeanMethods = false)
class ListConfiguration {

    @Bean
    SavedLists savedLists(CatalogStore store) {
        return new SavedLists(store, Clock.systemUTC());
    }

    @Bean
    Concepts concepts(CatalogStore store, VariableRepository variables) {
        return new Concepts(store, variables);
    }

    @Bean
    EntryRules entryRules() {
        return new EntryRules(Clock.systemUTC());
    }
}
