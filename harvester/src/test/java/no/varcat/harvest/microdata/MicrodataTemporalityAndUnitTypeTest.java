package no.varcat.harvest.microdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.RegisterSources;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * microdata.no's temporalityType (a dataset) or temporality (a data structure) and the unit type its
 * rows describe (the identifier's unitType, or its keyType) land as the variable's varcat:temporality
 * and disco:analysisUnit, concepts of varcat's lists.
 */
class MicrodataTemporalityAndUnitTypeTest {

    private static final String REGISTER = "https://test.varcat.no/ssb/microdata";
    private static final String FIXTURES = "classpath:no/varcat/harvest/microdata/";
    private static final String TEMPORALITY = "https://w3id.org/varcat/temporality/";
    private static final String UNIT_TYPE = "https://w3id.org/varcat/unit-type/";

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void aDatasetGivesItsTemporalityAndItsIdentifiersUnitType() {
        harvest("father", URI.create(FIXTURES + "TEST_PERSON_FAR.json"));

        assertThat(value("father", "TEST_PERSON_FAR", VARCAT.temporality.asNode())).isEqualTo(TEMPORALITY + "fixed");
        assertThat(value("father", "TEST_PERSON_FAR", DISCO.analysisUnit.asNode())).isEqualTo(UNIT_TYPE + "person");
    }

    @Test
    void aUnitTypesOwnVariableDescribesThatUnitType() {
        harvest("stay", URI.create(FIXTURES + "SYKEHUSOPPHOLD.json"));

        assertThat(value("stay", "SYKEHUSOPPHOLD_ID", DISCO.analysisUnit.asNode())).isEqualTo(UNIT_TYPE + "episode");
        assertThat(value("stay", "SYKEHUSOPPHOLD_ID", VARCAT.temporality.asNode())).isNull();
    }

    @Test
    void theRealDatasetsAndDataStructuresGiveTheirs() {
        harvest("structures", RegisterSources.file("microdata-no_metadata-service_data_structures_fixture.json").toUri());
        harvest("inntekt", RegisterSources.file("microdata-no_BEFOLKNING_INNTEKT.json").toUri());
        harvest("sivilstand", RegisterSources.file("microdata-no_BEFOLKNING_SIVILSTAND.json").toUri());

        assertThat(value("sivilstand", "BEFOLKNING_SIVILSTAND", VARCAT.temporality.asNode())).isEqualTo(TEMPORALITY + "event");
        assertThat(value("sivilstand", "BEFOLKNING_SIVILSTAND", DISCO.analysisUnit.asNode())).isEqualTo(UNIT_TYPE + "person");
        assertThat(value("inntekt", "BEFOLKNING_INNTEKT", VARCAT.temporality.asNode())).isEqualTo(TEMPORALITY + "accumulated");
        assertThat(value("structures", "FNR", VARCAT.temporality.asNode())).isEqualTo(TEMPORALITY + "event");
        assertThat(value("structures", "FNR", DISCO.analysisUnit.asNode())).isEqualTo(UNIT_TYPE + "person");
    }

    @Test
    void anUnknownCodeIsAWarningAndLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("ODD_DATASET.json"), """
                {"temporalityType": "SOMETIMES", "identifierVariables": [{"unitType": "ROMSKIP"}],
                 "measureVariables": [{"name": [{"languageCode": "no", "value": "Noe"}], "dataType": "LONG"}]}
                """);
        HarvestReport report = harvest("odd", file.toUri());

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).extracting(HarvestIssue::message)
                .anySatisfy(m -> assertThat(m).contains("temporality 'SOMETIMES'").contains("EVENT"))
                .anySatisfy(m -> assertThat(m).contains("unit type 'ROMSKIP'").contains("PERSON"));
        assertThat(value("odd", "ODD_DATASET", VARCAT.temporality.asNode())).isNull();
        assertThat(value("odd", "ODD_DATASET", DISCO.analysisUnit.asNode())).isNull();
    }

    private String value(String source, String variable, Node property) {
        Graph graph = harvest.store.readGraph(HarvestSource.graphNameFor(source));
        List<Node> values = graph.find(NodeFactory.createURI(REGISTER + "/variable/" + variable), property, Node.ANY)
                .mapWith(t -> t.getObject()).toList();
        assertThat(values).hasSizeLessThanOrEqualTo(1);
        return values.isEmpty() ? null : values.get(0).getURI();
    }

    private HarvestReport harvest(String id, URI location) {
        return harvest.harvest(new HarvestSource(id, location, MicrodataJsonReader.FORMAT, "microdata.no", REGISTER, null));
    }
}
