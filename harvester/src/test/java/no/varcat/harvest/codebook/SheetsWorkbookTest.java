package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.vocab.DISCO;

/** Preset {@code sheets}: a data dictionary workbook with a register per sheet, built here with POI. */
class SheetsWorkbookTest {

    @Test
    void eachVariableSheetIsARegisterAndOtherSheetsAreSkipped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Main"), 0, "Dataset name", "Description");
            Sheet template = workbook.createSheet("Template");
            row(template, 0, "Name", "Label", "Description", "Type");
            row(template, 1, "Variable code name", "Variable name", "Description on variable", "");
            Sheet tests = workbook.createSheet("Previous tests");
            row(tests, 0, "Name", "Label", "Description", "Type", "Values");
            row(tests, 1, "n_tests", "Number of tests", "Number of COVID tests", "integer", "");
            row(tests, 2, "tested", "Tested", "Ever tested", "logic", "0,1");
            Sheet vaccines = workbook.createSheet("Vaccinations (all)");
            row(vaccines, 0, "Name", "Label", "Description", "Type");
            row(vaccines, 1, "n_tests", "Doses", "Number of doses", "numeric");
            row(vaccines, 2, "run_date", "Run date", "When the extract ran", "date time");

            CodebookRead read = CodebookRead.read(new XlsxCodebookReader(), bytes(workbook), "sheets");

            assertThat(read.issues().hasErrors()).isFalse();
            assertThat(read.warnings()).hasSize(2);
            assertThat(read.variables()).hasSize(4);
            Resource tested = register(read, "previous-tests");
            assertThat(tested.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
            assertThat(tested.getProperty(DCTerms.title).getString()).isEqualTo("Previous tests");
            Resource count = variable(read, "previous-tests", "n_tests");
            assertThat(tested.hasProperty(DISCO.variable, count)).isTrue();
            assertThat(count.getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Number of tests");
            assertThat(count.getProperty(SKOS.definition, "en").getString()).isEqualTo("Number of COVID tests");
            assertThat(count.getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
            assertThat(variable(read, "previous-tests", "tested").getProperty(DISCO.representation).getResource())
                    .isEqualTo(XSD.xboolean);
            assertThat(variable(read, "vaccinations-all", "n_tests").getProperty(DISCO.representation).getResource())
                    .isEqualTo(XSD.decimal);
            assertThat(variable(read, "vaccinations-all", "run_date").getProperty(DISCO.representation).getResource())
                    .isEqualTo(XSD.dateTime);
            assertThat(read.hasBlankNodes()).isFalse();
        }
    }

    @Test
    void workbookWithoutVariableSheetsIsRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Main"), 0, "Dataset name", "Description");
            row(workbook.getSheet("Main"), 1, "GP data", "Extract");

            IssueCollector issues = CodebookRead.refused(new XlsxCodebookReader(), bytes(workbook), "sheets");

            assertThat(issues.issues()).anyMatch(issue -> issue.severity() == Severity.FATAL
                    && issue.message().startsWith("No sheet has the columns"));
        }
    }

    private static Resource register(CodebookRead read, String slug) {
        return read.model().createResource(CodebookRead.REGISTER + "/" + slug);
    }

    private static Resource variable(CodebookRead read, String slug, String name) {
        return read.model().createResource(CodebookRead.REGISTER + "/" + slug + "/variable/" + name);
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
