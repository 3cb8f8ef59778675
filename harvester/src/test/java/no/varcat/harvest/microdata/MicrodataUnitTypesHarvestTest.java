package no.varcat.harvest.microdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.RegisterSources;
import no.varcat.vocab.DISCO;

/**
 * microdata.no's unit-type variables through the real harvester into a TDB2 store. A unit type's own
 * variable file is written as microdata-tools defines them (statisticsnorway/microdata-tools,
 * microdata_tools/validation/components/unit_type_variables/PERSON.json); a dataset whose measure is a
 * unit type as its test SYNT_PERSON_MOR (tests/resources/validation/validate_dataset/input_directory/);
 * our fixtures SYKEHUSOPPHOLD.json and TEST_PERSON_FAR.json are equivalents of our own. The metadata
 * service's data structures (FNR, a unit-type variable with its keyType) and the BEFOLKNING_* datasets
 * are the real files of the shared reference folder.
 */
class MicrodataUnitTypesHarvestTest {

    private static final String REGISTER = "https://test.varcat.no/ssb/microdata";
    private static final String FIXTURES = "classpath:no/varcat/harvest/microdata/";

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aUnitTypesVariableFileLandsAsAVariableWithTheUnitsAsItsUniverse() {
        HarvestReport report = harvest("stay", URI.create(FIXTURES + "SYKEHUSOPPHOLD.json"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        Graph graph = graph("stay");
        Node variable = NodeFactory.createURI(REGISTER + "/variable/SYKEHUSOPPHOLD_ID");
        assertThat(graph.contains(NodeFactory.createURI(REGISTER), DISCO.variable.asNode(), variable)).isTrue();
        assertThat(graph.contains(variable, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Sykehusoppholdsidentifikator", "nb"))).isTrue();
        assertThat(graph.contains(variable, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Hospital stay identifier", "en"))).isTrue();
        assertThat(graph.contains(variable, DISCO.representation.asNode(), XSD.xstring.asNode())).isTrue();
        Node universe = NodeFactory.createURI(REGISTER + "/variable/SYKEHUSOPPHOLD_ID/universe");
        assertThat(graph.contains(universe, SKOS.definition.asNode(),
                NodeFactory.createLiteralLang("Et sammenhengende opphold på ett sykehus.", "nb"))).isTrue();
    }

    @Test
    void aDatasetWhoseMeasureIsAUnitTypeLands() {
        HarvestReport report = harvest("father", URI.create(FIXTURES + "TEST_PERSON_FAR.json"));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).noneMatch(issue -> issue.severity() != Severity.WARNING);
        Node variable = NodeFactory.createURI(REGISTER + "/variable/TEST_PERSON_FAR");
        assertThat(graph("father").contains(variable, SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("Fars personidentifikator", "nb"))).isTrue();
    }

    @Test
    void theRealDataStructuresAndDatasetsLandInOneRegister() {
        harvest("structures", RegisterSources.file("microdata-no_metadata-service_data_structures_fixture.json").toUri());
        harvest("inntekt", RegisterSources.file("microdata-no_BEFOLKNING_INNTEKT.json").toUri());
        HarvestReport sivilstand = harvest("sivilstand", RegisterSources.file("microdata-no_BEFOLKNING_SIVILSTAND.json").toUri());

        assertThat(sivilstand.succeeded()).isTrue();
        List<String> variables = List.of("structures", "inntekt", "sivilstand").stream()
                .flatMap(id -> graph(id).find(NodeFactory.createURI(REGISTER), DISCO.variable.asNode(), Node.ANY).toList().stream())
                .map(t -> t.getObject().getURI().substring((REGISTER + "/variable/").length()))
                .toList();
        assertThat(variables).containsExactlyInAnyOrder("FNR", "AKT_ARBAP", "BEFOLKNING_INNTEKT", "BEFOLKNING_SIVILSTAND");
        // FNR identifies a person: its keyType is the units it describes.
        Node universe = NodeFactory.createURI(REGISTER + "/variable/FNR/universe");
        assertThat(graph("structures").find(universe, SKOS.definition.asNode(), Node.ANY).toList()).hasSize(1);
    }

    private HarvestReport harvest(String id, URI location) {
        return harvest.harvest(new HarvestSource(id, location, MicrodataJsonReader.FORMAT, "microdata.no", REGISTER, null));
    }

    private Graph graph(String id) {
        return harvest.store.readGraph(HarvestSource.graphNameFor(id));
    }
}
