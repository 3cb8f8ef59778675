package no.varcat.catalog.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.quality.CoverageRate;
import no.varcat.catalog.quality.CoverageRateMapping;
import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.store.Tdb2CatalogStore;
import no.varcat.vocab.Prefixes;

/** The register facts the search index copies into variables, read from a real TDB2 store. */
class RegisterFactsRepositoryTest {

    private static final String NATIONAL = "https://test.varcat.no/national";
    private static final String QUALITY = "https://test.varcat.no/quality";
    private static final String BARE = "https://test.varcat.no/bare";
    private static final String TRUST_A = "https://test.varcat.no/trust/a";
    private static final String TRUST_B = "https://test.varcat.no/trust/b";

    private Tdb2CatalogStore store;

    @BeforeEach
    void load() {
        store = Tdb2CatalogStore.inMemory();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Prefixes.sparqlPrologue() + """
                <%1$s> a dcat:Dataset ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/HEAL> ;
                    healthdcatap:healthTheme <https://w3id.org/varcat/health-theme/cancer> ;
                    dct:modified "2025-03-31"^^xsd:date .
                <%2$s> a dcat:Dataset ;
                    dct:modified "2024-11-02T10:15:00Z"^^xsd:dateTime .
                <%3$s> a dcat:Dataset .
                <%2$s/indicator/1> a dqv:Metric ; skos:prefLabel "Indikator"@nb ; dct:source <%2$s> .
                """.formatted(NATIONAL, QUALITY, BARE), Lang.TURTLE).parse(graph);
        var sink = StreamRDFLib.graph(graph);
        // National: 2023 and 2024, plus a unit in 2025 that is not national.
        CoverageRateMapping.write(new CoverageRate(NATIONAL + "/c/2023", NATIONAL, 2023, new BigDecimal("0.90"), null, null, null), sink);
        CoverageRateMapping.write(new CoverageRate(NATIONAL + "/c/2024", NATIONAL, 2024, new BigDecimal("0.97"), null, null, null), sink);
        CoverageRateMapping.write(new CoverageRate(NATIONAL + "/c/2025a", NATIONAL, 2025, new BigDecimal("0.50"), TRUST_A, null, null), sink);
        // Per health trust only: the latest year pooled, 70 + 20 of 100 + 50.
        CoverageRateMapping.write(new CoverageRate(QUALITY + "/c/2023a", QUALITY, 2023, new BigDecimal("0.99"), TRUST_A, 99L, 100L), sink);
        CoverageRateMapping.write(new CoverageRate(QUALITY + "/c/2024a", QUALITY, 2024, new BigDecimal("0.70"), TRUST_A, 70L, 100L), sink);
        CoverageRateMapping.write(new CoverageRate(QUALITY + "/c/2024b", QUALITY, 2024, new BigDecimal("0.40"), TRUST_B, 20L, 50L), sink);
        store.replaceGraph("https://test.varcat.no/source/facts", graph);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsThemesLatestNationalCoverageIndicatorsAndModified() {
        Map<String, RegisterFacts> facts = new RegisterFactsRepository(store, new CoverageRepository(store),
                new QualityIndicatorRepository(store)).findAll();

        assertThat(facts.get(NATIONAL)).isEqualTo(new RegisterFacts(List.of(
                "http://publications.europa.eu/resource/authority/data-theme/HEAL", "https://w3id.org/varcat/health-theme/cancer"),
                new BigDecimal("0.97"), 2024, false, LocalDate.parse("2025-03-31")));
        assertThat(facts.get(QUALITY)).isEqualTo(new RegisterFacts(List.of(), new BigDecimal("0.6000"), 2024, true,
                LocalDate.parse("2024-11-02")));
        assertThat(facts.get(BARE)).isNull();
    }

    @Test
    void readsTheSameFactsForAFewRegistersAsForAll() {
        RegisterFactsRepository repository = new RegisterFactsRepository(store, new CoverageRepository(store),
                new QualityIndicatorRepository(store));
        Map<String, RegisterFacts> all = repository.findAll();

        Map<String, RegisterFacts> some = repository.find(List.of(QUALITY, BARE));

        assertThat(some).containsOnlyKeys(QUALITY);
        assertThat(some.get(QUALITY)).isEqualTo(all.get(QUALITY));
        assertThat(repository.find(List.of(NATIONAL))).isEqualTo(Map.of(NATIONAL, all.get(NATIONAL)));
    }

    @Test
    void namesTheRegistersAGraphGivesCoverageOrIndicatorsOf() {
        RegisterFactsRepository repository = new RegisterFactsRepository(store, new CoverageRepository(store),
                new QualityIndicatorRepository(store));
        Graph other = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Prefixes.sparqlPrologue() + "<%s> a dcat:Dataset .".formatted(BARE), Lang.TURTLE).parse(other);
        store.replaceGraph("https://test.varcat.no/source/other", other);

        assertThat(repository.registersWithFactsIn("https://test.varcat.no/source/facts")).containsExactlyInAnyOrder(NATIONAL, QUALITY);
        assertThat(repository.registersWithFactsIn("https://test.varcat.no/source/other")).isEmpty();
    }

    @Test
    void namesTheRegistersANewGraphGivesFactsOfBeforeItIsStored() {
        RegisterFactsRepository repository = new RegisterFactsRepository(store, new CoverageRepository(store),
                new QualityIndicatorRepository(store));
        Graph harvested = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Prefixes.sparqlPrologue() + """
                <https://test.varcat.no/new/coverage/2024> dqv:computedOn <%s> .
                <https://test.varcat.no/new/indicator> dct:source <https://test.varcat.no/new/register> .
                <https://test.varcat.no/new/register> a dcat:Dataset .
                <https://test.varcat.no/new/basis> dct:source <https://lovdata.no/not-a-register> .
                """.formatted(BARE), Lang.TURTLE).parse(harvested);

        assertThat(repository.registersWithFactsIn(harvested))
                .containsExactlyInAnyOrder(BARE, "https://test.varcat.no/new/register");
    }
}
