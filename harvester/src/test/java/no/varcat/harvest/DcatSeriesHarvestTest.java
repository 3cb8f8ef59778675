package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DCAT catalogs that reach their datasets only through dataset series, or have no dcat:Catalog, through
 * the real harvester into a TDB2 store: DCAT-AP-NO's own example (Informasjonsforvaltning/dcat-ap-no,
 * examples/dataset-series-example.ttl, read from the shared reference folder) and a fixture of ours.
 */
class DcatSeriesHarvestTest {

    private static final String EX = "http://example.org/";

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void theOfficialSeriesExampleLandsEveryYearsDatasetWithAndWithoutItsCatalog() throws IOException {
        // The example's datasets have English titles and no contact point: completed with what varcat's
        // profile wants of a register, so what is tested is the way to them, through the series.
        Model example = RDFDataMgr.loadModel(RegisterSources.reference("dcat-ap-no/example-dataset-series.ttl").toString());
        for (Resource dataset : example.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
            dataset.addProperty(DCTerms.title, dataset.getProperty(DCTerms.title).getString(), "nb");
            dataset.addProperty(DCAT.contactPoint, example.createResource(EX + "contact")
                    .addProperty(RDF.type, VCARD4.Organization).addProperty(VCARD4.fn, "Budget office"));
        }
        Path file = temp.resolve("dataset-series.ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, example, Lang.TURTLE);
        }

        HarvestReport report = harvest.harvest(new HarvestSource("series", file.toUri(), "turtle", "Series"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).noneMatch(issue -> issue.message().startsWith("Register left out"))
                .noneMatch(issue -> issue.message().contains("dcat:dataset"));
        Graph graph = graph("series");
        assertThat(datasets(graph)).containsExactlyInAnyOrder(EX + "budget-2018", EX + "budget-2019", EX + "budget-2020");
        assertThat(graph.contains(uri(EX + "EUCatalog"), DCAT.dataset.asNode(), uri(EX + "budget"))).isTrue();
        assertThat(graph.contains(uri(EX + "budget"), RDF.type.asNode(), uri(DCAT.NS + "DatasetSeries"))).isTrue();
        assertThat(graph.contains(uri(EX + "budget-2019"), uri(DCAT.NS + "inSeries"), uri(EX + "budget"))).isTrue();

        // The same without its dcat:Catalog: the series and its datasets are all there is.
        example.removeAll(example.createResource(EX + "EUCatalog"), null, null);
        Path withoutCatalog = temp.resolve("dataset-series-without-catalog.ttl");
        try (OutputStream out = Files.newOutputStream(withoutCatalog)) {
            RDFDataMgr.write(out, example, Lang.TURTLE);
        }
        HarvestReport again = harvest.harvest(new HarvestSource("series", withoutCatalog.toUri(), "turtle", "Series"));

        assertThat(again.succeeded()).as("%s", again.issues()).isTrue();
        assertThat(graph("series").find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).toList()).isEmpty();
        assertThat(datasets(graph("series"))).containsExactlyInAnyOrder(EX + "budget-2018", EX + "budget-2019", EX + "budget-2020");
    }

    @Test
    void aSeriesWithoutACatalogLandsItsMembersAsRegisters() {
        HarvestReport report = harvest.harvest(new HarvestSource("dar",
                URI.create("classpath:no/varcat/harvest/dcat/series-without-catalog.ttl"), "turtle", "Series"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).noneMatch(issue -> issue.severity() != HarvestIssue.Severity.WARNING);
        Graph graph = graph("dar");
        assertThat(datasets(graph)).containsExactlyInAnyOrder("https://test.varcat.no/dar/2023", "https://test.varcat.no/dar/2024");
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), DCAT.Catalog.asNode()).toList()).isEmpty();
        assertThat(graph.find(uri("https://test.varcat.no/dar/series"), uri(DCAT.NS + "seriesMember"), Node.ANY).toList()).hasSize(2);
    }

    private static List<String> datasets(Graph graph) {
        return graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).mapWith(t -> t.getSubject().getURI()).toList();
    }

    private Graph graph(String id) {
        return harvest.store.readGraph(HarvestSource.graphNameFor(id));
    }

    private static Node uri(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }
}
