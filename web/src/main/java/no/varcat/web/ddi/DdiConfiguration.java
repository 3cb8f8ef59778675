package no.varcat.web.ddi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.ddi.DdiCodebookExport;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableRepository;

@Configuration
class DdiConfiguration {

    @Bean
    DdiCodebookExport ddiCodebookExport(CatalogStore store, RegisterRepository registers, VariableRepository variables) {
        return new DdiCodebookExport(store, registers, variables);
    }
}
