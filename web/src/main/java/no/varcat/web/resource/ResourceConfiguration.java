package no.varcat.web.resource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.resource.ResourceDescriptions;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceListing;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.catalog.resource.ResourceOverviews;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.variable.VariableDescription;

/** The store-backed parts behind the resources' URLs, and the pages of the kinds without a page of their own. */
@Configuration(proxyBeanMethods = false)
class ResourceConfiguration {

    @Bean
    ResourceLookup resourceLookup(CatalogStore store) {
        return new ResourceLookup(store);
    }

    @Bean
    ResourceDescriptions resourceDescriptions(CatalogStore store, VariableDescription variables) {
        return new ResourceDescriptions(store, variables);
    }

    @Bean
    ResourceListing resourceListing(CatalogStore store) {
        return new ResourceListing(store);
    }

    @Bean
    ResourceOverviews resourceOverviews(CatalogStore store) {
        return new ResourceOverviews(store);
    }

    @Bean
    ResourcePage codeListHtml(ResourceOverviews overviews) {
        return new OverviewHtml(ResourceKind.CODE_LIST, overviews);
    }

    @Bean
    ResourcePage indicatorHtml(ResourceOverviews overviews) {
        return new OverviewHtml(ResourceKind.INDICATOR, overviews);
    }

    @Bean
    ResourcePage publisherHtml(ResourceOverviews overviews) {
        return new OverviewHtml(ResourceKind.PUBLISHER, overviews);
    }
}
