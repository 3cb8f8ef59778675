package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.InMemoryHarvest;
import no.varcat.harvest.ReferenceFiles;

import no.varcat.vocab.DISCO;

/**
 * The real multi-register files, read in place from the shared reference folder beside the checkout
 * (../../shared/reference from this module): OSDC's Danish register variables (preset
 * {@code register-list}) and EAVE II's data dictionary (preset {@code sheets}); see
 * {@link ReferenceFiles} for where that folder is absent.
 */
class RegisterListReferenceFileTest {

    @Test
    void osdcDanishRegistersReadWithoutErrorsIntoTheirVariables() throws IOException {
        Path file = reference("osdc_danish-registers_variable_description.csv");

        CodebookRead read = CodebookRead.read(new CsvCodebookReader(), Files.readAllBytes(file), "register-list");

        assertThat(read.issues().hasErrors()).isFalse();
        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(38);
        assertThat(read.model().listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(9);
        Resource bef = read.model().createResource(CodebookRead.REGISTER + "/bef");
        assertThat(bef.getProperty(DCTerms.title).getString()).isEqualTo("CPR-registerets befolkningstabel");
        Resource sex = read.model().createResource(CodebookRead.REGISTER + "/bef/variable/koen");
        assertThat(bef.hasProperty(DISCO.variable, sex)).isTrue();
        assertThat(sex.getProperty(SKOS.definition, "en").getString()).isEqualTo("sex");
        assertThat(sex.getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(read.hasBlankNodes()).isFalse();
    }

    @Test
    void eaveIiDictionaryReadsEverySheetWithoutErrors() throws IOException {
        Path file = reference("eave-ii_EAVEII_data_dictionary.xlsx");

        CodebookRead read = CodebookRead.read(new XlsxCodebookReader(), Files.readAllBytes(file), "sheets");

        assertThat(read.issues().hasErrors()).isFalse();
        assertThat(read.issues().issues()).extracting(issue -> issue.message())
                .containsExactly("Sheet 'Main' lacks name, label, so it is not a variable list; skipped",
                        "Sheet 'Template' is a blank form; skipped");
        assertThat(read.variables()).hasSize(197);
        assertThat(read.model().listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).hasSize(15);
        Resource weight = read.model().createResource(CodebookRead.REGISTER + "/eave-weights/variable/eave_weight");
        assertThat(weight.getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("EAVE II weight");
        assertThat(weight.getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        assertThat(read.hasBlankNodes()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"osdc_danish-registers_variable_description.csv, codebook-csv, register-list, 38",
            "eave-ii_EAVEII_data_dictionary.xlsx, codebook-xlsx, sheets, 197"})
    void harvestsThroughTheHarvesterWithoutErrors(String name, String format, String preset, int variables) {
        Path file = reference(name);
        try (InMemoryHarvest harvest = new InMemoryHarvest(true)) {
            HarvestReport report = harvest.harvest(new HarvestSource("reference", file.toUri(), format, name,
                    CodebookRead.REGISTER, preset));

            assertThat(report.succeeded()).isTrue();
            // The minimal registers lack what the profile asks of a published one: warnings, not errors.
            assertThat(report.issues()).noneMatch(issue -> issue.severity() != Severity.WARNING);
            assertThat(harvest.store.readGraph("urn:varcat:source:reference")
                    .find(Node.ANY, RDF.type.asNode(), DISCO.Variable.asNode()).toList()).hasSize(variables);
        }
    }

    private static Path reference(String name) {
        return ReferenceFiles.registerSource(name);
    }
}
