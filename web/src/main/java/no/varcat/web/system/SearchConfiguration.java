package no.varcat.web.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.catalog.qualityscore.QualityRepository;
import no.varcat.catalog.search.AliasedIndex;
import no.varcat.catalog.search.CatalogOverview;
import no.varcat.catalog.search.ConceptCoverageSearch;
import no.varcat.catalog.search.IndexDefinition;
import no.varcat.catalog.search.RegisterIndexer;
import no.varcat.catalog.search.RegisterSearch;
import no.varcat.catalog.search.RegisterVariables;
import no.varcat.catalog.search.SearchConnection;
import no.varcat.catalog.search.SearchEndpoint;
import no.varcat.catalog.search.VariableIndexer;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSuggestions;
import no.varcat.catalog.search.local.LocalElasticsearchNode;
import no.varcat.catalog.search.local.LocalNodeSettings;
import no.varcat.web.VarcatApplication;

/**
 * Connects to the configured Elasticsearch cluster, or starts a local node when none is configured.
 * The client is built here rather than by Boot's auto-configuration, which targets a 9.x client.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LocalNodeHolder localNode(VarcatProperties properties) {
        VarcatProperties.Elasticsearch es = properties.elasticsearch();
        if (es.external()) {
            return new LocalNodeHolder(null);
        }
        VarcatProperties.Local local = es.local();
        Path dist = local.distributionDir() != null ? local.distributionDir() : besideApplication("elasticsearch-dist");
        Path home = local.home() != null ? local.home() : properties.dataDir().resolve("elasticsearch");
        return new LocalNodeHolder(LocalElasticsearchNode.start(
                new LocalNodeSettings(dist, home, local.heapMegabytes(), local.startTimeout())));
    }

    @Bean(destroyMethod = "close")
    SearchConnection searchConnection(VarcatProperties properties, LocalNodeHolder localNode) {
        VarcatProperties.Elasticsearch es = properties.elasticsearch();
        SearchEndpoint endpoint = es.external()
                ? new SearchEndpoint(es.url(), es.apiKey(), es.username(), es.password())
                : SearchEndpoint.unauthenticated(localNode.node().httpUri());
        SearchConnection connection = SearchConnection.open(endpoint);
        connection.requireAvailable();
        return connection;
    }

    // The aliased indices are not beans: each belongs to its indexer, so nothing has to pick one of two by name.
    @Bean
    VariableIndexer variableIndexer(SearchConnection connection, VarcatProperties properties) {
        return new VariableIndexer(connection, new AliasedIndex(connection, IndexDefinition.variables(synonyms(properties))));
    }

    @Bean
    RegisterIndexer registerIndexer(SearchConnection connection, VarcatProperties properties, QualityRepository quality) {
        return new RegisterIndexer(connection, new AliasedIndex(connection, IndexDefinition.registers(synonyms(properties))),
                quality::percents);
    }

    /**
     * The synonyms and the English health terms, each the operator's list when
     * {@code varcat.search.synonyms-file} or {@code varcat.search.health-terms-file} is set, else the shipped one.
     */
    private static List<String> synonyms(VarcatProperties properties) {
        Path synonymsFile = properties.search().synonymsFile();
        Path healthTermsFile = properties.search().healthTermsFile();
        return IndexDefinition.searchRules(
                synonymsFile == null ? IndexDefinition.defaultSynonyms() : IndexDefinition.synonymsFrom(synonymsFile),
                healthTermsFile == null ? IndexDefinition.defaultHealthTerms() : IndexDefinition.healthTermsFrom(healthTermsFile));
    }

    @Bean
    CatalogOverview catalogOverview(SearchConnection connection, VariableIndexer variableIndexer, RegisterIndexer registerIndexer) {
        return new CatalogOverview(connection, variableIndexer.index().alias(), registerIndexer.index().alias());
    }

    @Bean
    VariableSearch variableSearch(SearchConnection connection, VariableIndexer variableIndexer) {
        return new VariableSearch(connection, variableIndexer.index().alias());
    }

    @Bean
    ConceptCoverageSearch conceptCoverageSearch(SearchConnection connection, VariableIndexer variableIndexer) {
        return new ConceptCoverageSearch(connection, variableIndexer.index().alias());
    }

    @Bean
    RegisterVariables registerVariables(SearchConnection connection, VariableIndexer variableIndexer) {
        return new RegisterVariables(connection, variableIndexer.index().alias());
    }

    @Bean
    VariableSuggestions variableSuggestions(SearchConnection connection, VariableIndexer variableIndexer) {
        return new VariableSuggestions(connection, variableIndexer.index().alias());
    }

    @Bean
    RegisterSearch registerSearch(SearchConnection connection, RegisterIndexer registerIndexer) {
        return new RegisterSearch(connection, registerIndexer.index().alias());
    }

    /**
     * The {@code name} directory the build puts beside the application jar ({@code web/target}). From
     * a classes directory (IDE) that is its parent; in tests Boot reports the module directory, so
     * also look under its {@code target/}.
     */
    private static Path besideApplication(String name) {
        Path home = new ApplicationHome(VarcatApplication.class).getDir().toPath().toAbsolutePath();
        List<Path> candidates = new ArrayList<>(List.of(home.resolve(name), home.resolve("target").resolve(name)));
        if (home.getParent() != null) {
            candidates.add(home.getParent().resolve(name));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
    }
}
