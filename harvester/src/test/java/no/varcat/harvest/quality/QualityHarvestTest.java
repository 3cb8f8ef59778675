package no.varcat.harvest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.qualityscore.QualityGraph;
import no.varcat.catalog.qualityscore.QualityMetric;
import no.varcat.catalog.qualityscore.QualityRepository;
import no.varcat.catalog.qualityscore.RegisterQuality;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.vocab.DQV;
import no.varcat.vocab.PROV;

/** Each harvest writes its register's quality measurements, linked to its run; the next keeps the totals as history. */
class QualityHarvestTest {

    private static final String REGISTER = "https://test.varcat.no/small/register";
    private static final Node RUN_TYPE = NodeFactory.createURI("https://w3id.org/varcat/ns#HarvestRun");

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aSourceLastChangedBeforeScoresWereKeptIsScoredByItsNextUnchangedRun() throws IOException {
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("small", file.toUri(), "turtle", "Small");
        Files.writeString(file, smallRegister());
        assertThat(harvest.harvest(source).succeeded()).isTrue();
        Node run = onlyRun();
        // As a catalog harvested before the scores were kept has it: no quality graphs.
        harvest.store.apply(QualityGraph.dropped("small"));
        assertThat(harvest.store.graphNames()).doesNotContain(QualityGraph.latestGraphName("small"));

        assertThat(harvest.harvest(source).outcome()).isEqualTo(no.varcat.harvest.HarvestReport.Outcome.UNCHANGED);

        Graph latest = harvest.store.readGraph(QualityGraph.latestGraphName("small"));
        List<Triple> measurements = latest.find(Node.ANY, DQV.computedOn.asNode(), NodeFactory.createURI(REGISTER)).toList();
        assertThat(measurements).hasSize(28);
        measurements.forEach(m -> assertThat(latest.contains(m.getSubject(), PROV.wasGeneratedBy.asNode(), run)).isTrue());
        assertThat(onlyRun()).isEqualTo(run);
    }

    @Test
    void aHarvestWritesMeasurementsOfItsRunAndASecondAddsHistory() throws IOException {
        Path file = dir.resolve("register.ttl");
        HarvestSource source = new HarvestSource("small", file.toUri(), "turtle", "Small");
        Files.writeString(file, smallRegister());

        assertThat(harvest.harvest(source).succeeded()).isTrue();

        Graph latest = harvest.store.readGraph(QualityGraph.latestGraphName("small"));
        Node run = onlyRun();
        List<Triple> measurements = latest.find(Node.ANY, DQV.computedOn.asNode(), NodeFactory.createURI(REGISTER)).toList();
        // 21 MQA metrics varcat measures, 5 variable metrics, and the two totals.
        assertThat(measurements).hasSize(28);
        measurements.forEach(m -> {
            assertThat(latest.contains(m.getSubject(), PROV.wasGeneratedBy.asNode(), run)).isTrue();
            assertThat(latest.contains(m.getSubject(), PROV.generatedAtTime.asNode(), Node.ANY)).isTrue();
            assertThat(latest.contains(m.getSubject(), DQV.isMeasurementOf.asNode(), Node.ANY)).isTrue();
        });
        RegisterQuality first = new QualityRepository(harvest.store).find(REGISTER).orElseThrow();
        // theme 30, DCAT-AP-NO's mandatory properties 30, contact point 20, publisher 10
        assertThat(first.score().mqaPoints()).isEqualTo(90);
        // ALDER: no definition, code list, English label or period; not numeric, so units are met (20)
        assertThat(first.score().points()).isEqualTo(110);
        assertThat(first.score().result(QualityMetric.VARIABLE_DEFINITIONS).gain()).isEqualTo(20);
        assertThat(first.history()).hasSize(1);

        Files.writeString(file, smallRegister()
                .replace("dcat:contactPoint", "dcat:keyword \"test\"@nb ;\n    dcat:contactPoint")
                .replace("skos:prefLabel \"Alder ved innleggelse\"@nb .",
                        "skos:prefLabel \"Alder ved innleggelse\"@nb, \"Age at admission\"@en ;\n    skos:definition \"Alder i år.\"@nb ."));
        assertThat(harvest.harvest(source).succeeded()).isTrue();

        RegisterQuality second = new QualityRepository(harvest.store).find(REGISTER).orElseThrow();
        assertThat(second.score().mqaPoints()).isEqualTo(120);
        assertThat(second.score().points()).isEqualTo(180);
        assertThat(second.history()).extracting(RegisterQuality.HistoryPoint::mqaPoints).containsExactly(90, 120);
        assertThat(second.history()).extracting(RegisterQuality.HistoryPoint::variablePoints).containsExactly(20, 60);
        assertThat(second.history().get(0).runIri()).isEqualTo(run.getURI());
        assertThat(harvest.store.readGraph(QualityGraph.historyGraphName("small")).find(Node.ANY, DQV.isMeasurementOf.asNode(),
                Node.ANY).toList()).as("only the totals of earlier runs are kept").hasSize(2);
    }

    /** The run the measurements name, which the harvest log records as a run of this source. */
    private Node onlyRun() {
        Graph latest = harvest.store.readGraph(QualityGraph.latestGraphName("small"));
        List<Node> runs = latest.find(Node.ANY, PROV.wasGeneratedBy.asNode(), Node.ANY).mapWith(Triple::getObject).toSet()
                .stream().toList();
        assertThat(runs).hasSize(1);
        assertThat(harvest.store.ask("ASK { <" + runs.get(0).getURI() + "> a <" + RUN_TYPE.getURI()
                + "> ; <http://www.w3.org/ns/prov#used> <urn:varcat:harvest-source:small> }")).isTrue();
        return runs.get(0);
    }

    private static String smallRegister() throws IOException {
        try (InputStream in = HarvestSource.class.getResourceAsStream("small-register.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
