package no.varcat.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.dcat.CatalogDescription;
import no.varcat.catalog.dcat.DcatCatalogExport;
import no.varcat.catalog.dcat.HealthDcatApExport;
import no.varcat.catalog.dcat.HealthDescription;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.qualityscore.QualityRepository;
import no.varcat.catalog.register.RegisterFactsRepository;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.catalog.variable.VariableDescription;
import no.varcat.catalog.variable.SharedConceptRepository;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.resource.ResourceUrls;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    CatalogStore catalogStore(VarcatProperties properties) {
        return Tdb2CatalogStore.open(properties.dataDir().resolve("tdb2"));
    }

    @Bean
    VariableRepository variableRepository(CatalogStore store) {
        return new VariableRepository(store);
    }

    @Bean
    SharedConceptRepository sharedConceptRepository(CatalogStore store) {
        return new SharedConceptRepository(store);
    }

    @Bean
    VariableDescription variableDescription(CatalogStore store) {
        return new VariableDescription(store);
    }

    @Bean
    RegisterRepository registerRepository(CatalogStore store) {
        return new RegisterRepository(store);
    }

    @Bean
    CoverageRepository coverageRepository(CatalogStore store) {
        return new CoverageRepository(store);
    }

    @Bean
    QualityIndicatorRepository qualityIndicatorRepository(CatalogStore store) {
        return new QualityIndicatorRepository(store);
    }

    @Bean
    QualityRepository qualityRepository(CatalogStore store) {
        return new QualityRepository(store);
    }

    @Bean
    RegisterFactsRepository registerFactsRepository(CatalogStore store, CoverageRepository coverage,
            QualityIndicatorRepository indicators) {
        return new RegisterFactsRepository(store, coverage, indicators);
    }

    @Bean
    DcatCatalogExport dcatCatalogExport(CatalogStore store, VarcatProperties properties, ResourceUrls urls) {
        VarcatProperties.Catalog catalog = properties.catalog();
        String base = properties.baseUri().toString();
        String publisher = catalog.publisher() != null ? catalog.publisher().toString() : base + "publisher";
        return new DcatCatalogExport(store, new CatalogDescription(base + "catalog", catalog.titleNb(), catalog.titleEn(),
                catalog.descriptionNb(), catalog.descriptionEn(), publisher, catalog.publisherName()), urls::url);
    }

    @Bean
    HealthDcatApExport healthDcatApExport(DcatCatalogExport catalog, VarcatProperties properties) {
        VarcatProperties.Health health = properties.catalog().health();
        return new HealthDcatApExport(catalog, new HealthDescription(health.applicableLegislation().toString(),
                health.accessBody().toString(), health.accessBodyName(), health.accessBodyContactPage().toString(),
                health.healthCategory().toString(), health.datasetType().toString()));
    }
}
