package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.RegisterSources;
import no.varcat.vocab.DISCO;

/**
 * DDI-Codebook studies as registers publish them, through the real harvester into a TDB2 store: a
 * study documented without variables (its description still lands, also as a configured register's),
 * and DDI-Codebook 2.6 ({@code ddi:codebook:2_6}) next to 2.5. The real IPUMS CPS codebook
 * (ipums/ipumsr, inst/extdata/cps_00157.xml) is read from the shared reference folder and varied in a
 * temporary copy: without its dataDscr, and in the 2.6 namespace.
 */
class DdiStudiesHarvestTest {

    private static final String REGISTER = "https://test.varcat.no/ipums/cps";
    private static final URI STUDY_ONLY = URI.create("classpath:no/varcat/harvest/ddi/study-only-ddi26.xml");

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aRealStudyWithoutVariablesLandsAsTheConfiguredRegistersDescription() throws IOException {
        Path studyOnly = variant("ipums-study-only.xml", ipums().replaceAll("(?s)<dataDscr>.*</dataDscr>", ""));

        HarvestReport report = harvest.harvest(new HarvestSource("cps", studyOnly.toUri(), DdiCodebookReader.FORMAT, "CPS", REGISTER, null));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).allMatch(issue -> issue.severity() == Severity.WARNING);
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("cps"));
        Node register = NodeFactory.createURI(REGISTER);
        assertThat(graph.contains(register, RDF.type.asNode(), DCAT.Dataset.asNode())).isTrue();
        assertThat(graph.find(register, DCTerms.title.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactly("User Extract cps_00157.dat");
        assertThat(graph.find(register, DCTerms.temporal.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(graph.find(register, DISCO.variable.asNode(), Node.ANY).toList()).isEmpty();
    }

    @Test
    void aStudyWithVariablesStillLeavesAConfiguredRegistersDescriptionAlone() throws IOException {
        Path file = variant("ipums.xml", ipums());

        HarvestReport report = harvest.harvest(new HarvestSource("cps", file.toUri(), DdiCodebookReader.FORMAT, "CPS", REGISTER, null));

        assertThat(report.succeeded()).isTrue();
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("cps"));
        Node register = NodeFactory.createURI(REGISTER);
        assertThat(graph.find(register, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(8);
        assertThat(graph.find(register, DCTerms.title.asNode(), Node.ANY).toList()).isEmpty();
    }

    @Test
    void ddiCodebook26ReadsAsTwoPointFiveDoes() throws IOException {
        String ddi25 = ipums();
        Path ddi26 = variant("ipums-26.xml", ddi25.replace("ddi:codebook:2_5", "ddi:codebook:2_6").replace("version=\"2.5\"", "version=\"2.6\""));
        assertThat(Files.readString(ddi26)).contains("xmlns=\"ddi:codebook:2_6\"");

        HarvestReport report = harvest.harvest(new HarvestSource("cps", ddi26.toUri(), DdiCodebookReader.FORMAT, "CPS"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("cps"));
        Node study = NodeFactory.createURI(ddi26.toUri() + "#study");
        assertThat(graph.find(study, DISCO.variable.asNode(), Node.ANY).toList()).hasSize(8);
    }

    @Test
    void ourDdi26StudyWithoutVariablesLandsWithItsTitlesInBothLanguages() {
        HarvestReport report = harvest.harvest(new HarvestSource("survey", STUDY_ONLY, DdiCodebookReader.FORMAT, "Survey"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor("survey"));
        Node study = NodeFactory.createURI(STUDY_ONLY + "#study");
        assertThat(graph.contains(study, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Tilfeldig utvalgt helseundersøkelse 2024", "nb")))
                .isTrue();
        assertThat(graph.contains(study, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Random health survey 2024", "en"))).isTrue();
        assertThat(graph.find(study, DCTerms.description.asNode(), Node.ANY).toList()).hasSize(1);
    }

    private static String ipums() throws IOException {
        return Files.readString(RegisterSources.file("ddi25_ipums_cps_00157.xml"), StandardCharsets.UTF_8);
    }

    private Path variant(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }
}
