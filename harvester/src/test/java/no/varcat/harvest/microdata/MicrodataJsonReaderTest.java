package no.varcat.harvest.microdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * microdata.no metadata: a small fixture, and the real files read in place from the shared
 * reference folder beside the checkout (skipped where it is absent).
 */
class MicrodataJsonReaderTest {

    private static final String REGISTER = "https://test.varcat.no/ssb/befolkning";
    private static final Path REFERENCE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("../../shared/reference/register-sources").normalize();

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void tearDown() {
        harvest.close();
    }

    @Test
    void aDatasetBecomesAVariableWithCodesMissingValuesUniverseAndPeriod() {
        HarvestReport report = harvest.harvest(source(URI.create("classpath:no/varcat/harvest/microdata/BEFOLKNING_KJOENN.json")));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).filteredOn(i -> i.severity() != Severity.WARNING).isEmpty();
        Model model = model();
        Resource variable = model.getResource(REGISTER + "/variable/BEFOLKNING_KJOENN");
        assertThat(model.contains(model.getResource(REGISTER), DISCO.variable, variable)).isTrue();
        assertThat(variable.getProperty(SKOS.notation).getString()).isEqualTo("BEFOLKNING_KJOENN");
        assertThat(variable.getProperty(SKOS.prefLabel, "nb").getString()).isEqualTo("Kjønn");
        assertThat(variable.getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Sex");
        assertThat(variable.getProperty(SKOS.definition, "nb").getString()).isEqualTo("Personens kjønn");
        Resource universe = variable.getPropertyResourceValue(DISCO.universe);
        assertThat(universe.getProperty(SKOS.definition, "en").getString()).isEqualTo("Everyone registered as resident in Norway");
        Resource period = variable.getPropertyResourceValue(DCTerms.temporal);
        assertThat(period.getProperty(DCAT.startDate).getString()).isEqualTo("1900-01-01");
        assertThat(period.getProperty(DCAT.endDate).getString()).isEqualTo("2021-12-31");
        Resource codeList = variable.getPropertyResourceValue(DISCO.representation);
        assertThat(codeList.getURI()).isEqualTo(REGISTER + "/codelist/BEFOLKNING_KJOENN");
        Resource unknown = model.getResource(REGISTER + "/codelist/BEFOLKNING_KJOENN/0");
        assertThat(unknown.getProperty(VARCAT.missingValue).getBoolean()).isTrue();
        assertThat(model.getResource(REGISTER + "/codelist/BEFOLKNING_KJOENN/2").getProperty(SKOS.prefLabel, "nb").getString())
                .isEqualTo("Kvinne");
    }

    @Test
    void aDatasetIsNamedByTheUpperCaseNameEndingItsFileNameNotByAPrefix() throws IOException {
        Path file = dir.resolve("microdata-no_BEFOLKNING_KJOENN.json");
        try (InputStream in = getClass().getResourceAsStream("/no/varcat/harvest/microdata/BEFOLKNING_KJOENN.json")) {
            Files.copy(in, file);
        }

        HarvestReport report = harvest.harvest(source(file.toUri()));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        Model model = model();
        assertThat(model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DISCO.Variable).toList())
                .extracting(Resource::getURI).containsExactly(REGISTER + "/variable/BEFOLKNING_KJOENN");
        assertThat(model.getResource(REGISTER + "/variable/BEFOLKNING_KJOENN").getProperty(SKOS.notation).getString())
                .isEqualTo("BEFOLKNING_KJOENN");
    }

    @Test
    void aDatasetWhoseFileNameHoldsNoNameIsNotRead() throws IOException {
        Path file = dir.resolve("befolkning-kjoenn.json");
        try (InputStream in = getClass().getResourceAsStream("/no/varcat/harvest/microdata/BEFOLKNING_KJOENN.json")) {
            Files.copy(in, file);
        }

        HarvestReport report = harvest.harvest(source(file.toUri()));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("Cannot tell the dataset's name from ").contains("befolkning-kjoenn.json")
                    .contains("upper-case letters A-Z, digits and underscores");
        });
    }

    @ParameterizedTest
    @CsvSource({
            "https://data.example.no/BEFOLKNING_SIVILSTAND.json, BEFOLKNING_SIVILSTAND",
            "file:///tmp/microdata-no_BEFOLKNING_SIVILSTAND.json, BEFOLKNING_SIVILSTAND",
            "https://data.example.no/metadata/INNTEKT_WLONN?version=2, INNTEKT_WLONN",
            "classpath:no/varcat/harvest/microdata/BEFOLKNING_KJOENN.JSON, BEFOLKNING_KJOENN",
            "https://data.example.no/datasets/REGSTAT_2024.json, REGSTAT_2024"})
    void theDatasetNameIsTheUpperCaseRunEndingTheFileName(String location, String name) {
        assertThat(DatasetName.of(location)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://data.example.no/befolkning.json", "https://data.example.no/", "file:///tmp/2024.json"})
    void aFileNameWithoutSuchARunGivesNoName(String location) {
        assertThat(DatasetName.of(location)).isEmpty();
    }

    @Test
    void withoutARegisterNothingIsRead() {
        HarvestReport report = harvest.harvest(new HarvestSource("microdata",
                URI.create("classpath:no/varcat/harvest/microdata/BEFOLKNING_KJOENN.json"), MicrodataJsonReader.FORMAT, "Microdata"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.issues()).singleElement().extracting(HarvestIssue::message).asString().contains("set the source's register");
    }

    @ParameterizedTest
    @ValueSource(strings = {"microdata-no_BEFOLKNING_SIVILSTAND.json", "microdata-no_BEFOLKNING_INNTEKT.json",
            "microdata-no_metadata-service_data_structures_fixture.json"})
    void referenceFilesHarvestWithoutErrors(String file) {
        Path path = REFERENCE.resolve(file);
        assumeTrue(Files.isReadable(path), "Skipped: reference file " + path
                + " is absent (the shared reference folder sits beside the project checkout only on the team's machines)");

        HarvestReport report = harvest.harvest(source(path.toUri()));

        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).as("%s", report.issues())
                .noneMatch(i -> i.severity() == Severity.ERROR || i.severity() == Severity.FATAL);
        assertThat(model().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DISCO.Variable).toList()).isNotEmpty();
        if (file.startsWith("microdata-no_BEFOLKNING_")) {
            String name = file.substring("microdata-no_".length(), file.length() - ".json".length());
            assertThat(model().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DISCO.Variable).toList())
                    .extracting(Resource::getURI).containsExactly(REGISTER + "/variable/" + name);
        }
    }

    @Test
    void dataStructuresGiveTheirMeasureVariablesWithTheirCoverage() {
        Path path = REFERENCE.resolve("microdata-no_metadata-service_data_structures_fixture.json");
        assumeTrue(Files.isReadable(path), "Skipped: reference file " + path + " is absent");

        harvest.harvest(source(path.toUri()));

        Model model = model();
        Resource fnr = model.getResource(REGISTER + "/variable/FNR");
        assertThat(fnr.getProperty(SKOS.prefLabel, "nb").getString()).isEqualTo("Fødselsnummer");
        assertThat(fnr.getPropertyResourceValue(DCTerms.temporal).getProperty(DCAT.startDate).getString()).isEqualTo("2000-01-01");
        assertThat(model.getResource(REGISTER + "/variable/AKT_ARBAP").hasProperty(SKOS.definition)).isTrue();
        assertThat(model.getResource(REGISTER + "/variable/FNR_HASH").listProperties().hasNext()).as("identifiers are not read").isFalse();
    }

    private HarvestSource source(URI location) {
        return new HarvestSource("microdata", location, MicrodataJsonReader.FORMAT, "Microdata", REGISTER, null);
    }

    private Model model() {
        return ModelFactory.createModelForGraph(harvest.store.readGraph(HarvestSource.graphNameFor("microdata")));
    }
}
