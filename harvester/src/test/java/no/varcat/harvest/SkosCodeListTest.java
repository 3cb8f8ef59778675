package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue.Severity;

/** A SKOS code list published on its own lands as it is; and TriG is checked against the shapes like the other RDF syntaxes. */
class SkosCodeListTest {

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aCodeListOnItsOwnLandsWithoutIssues() throws IOException {
        HarvestReport report = harvest.harvest(new HarvestSource("icd10-chapter",
                URI.create("classpath:no/varcat/harvest/icd10-chapters.ttl"), "turtle", "ICD-10-kapitler"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).isEmpty();
        assertThat(harvest.store.readGraph("urn:varcat:source:icd10-chapter").isIsomorphicWith(parse("icd10-chapters.ttl"))).isTrue();
    }

    @Test
    void aRegisterInTriGThatViolatesTheShapesIsLeftOutAsInTurtle() throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        parse("one-bad-register.ttl").find().forEach(t -> dataset.getDefaultGraph().add(t));
        Path file = dir.resolve("two.trig");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, RDFFormat.TRIG);
        }

        HarvestReport report = harvest.harvest(new HarvestSource("two", file.toUri(), "trig", "Two"));

        assertThat(report.succeeded()).isTrue();
        assertThat(report.issues()).filteredOn(issue -> issue.severity() == Severity.ERROR).isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.message()).startsWith("Register left out:"));
    }

    private static Graph parse(String resource) throws IOException {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = SkosCodeListTest.class.getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        }
        return graph;
    }
}
