package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;

/** Codebooks as the first sheet of an .xlsx workbook, built here with POI rather than committed. */
class XlsxCodebookReaderTest {

    @Test
    void plainSheetGivesTheSameTriplesAsThePlainCsv() throws IOException {
        CodebookRead fromSheet = CodebookRead.read(new XlsxCodebookReader(), workbookOf("plain.csv", ','), "plain");
        CodebookRead fromCsv = CodebookRead.csv("plain.csv", "plain");

        assertThat(fromSheet.issues().issues()).isEmpty();
        assertThat(fromSheet.variables()).hasSize(7);
        assertThat(fromSheet.graph().isIsomorphicWith(fromCsv.graph())).isTrue();
    }

    @Test
    void kodebokSheetWithDateCellsReadsDatesAsIso() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Kodebok");
            row(sheet, 0, "variabel_id", "ledetekst", "type", "desimaler", "innfoert_dato");
            Row vekt = row(sheet, 1, "FODSEL_VEKT", "Fødselsvekt", "Tallvariabel");
            vekt.createCell(3).setCellValue(0);
            Cell introduced = vekt.createCell(4);
            introduced.setCellValue(LocalDate.of(2015, 3, 1));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            introduced.setCellStyle(dateStyle);

            CodebookRead read = CodebookRead.read(new XlsxCodebookReader(), bytes(workbook), "kodebok");

            assertThat(read.issues().issues()).isEmpty();
            assertThat(read.variable("FODSEL_VEKT").getPropertyResourceValue(DCTerms.temporal).getProperty(DCAT.startDate).getLiteral())
                    .isEqualTo(read.model().createTypedLiteral("2015-03-01", XSDDatatype.XSDdate));
        }
    }

    @Test
    void rowWithCellsPastTheHeaderIsSkippedWithItsRowNumber() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "name", "label", "description", "type", "values");
            row(sheet, 2, "VEKT", "Fødselsvekt", "", "integer");
            row(sheet, 3, "SVLEN", "Svangerskapslengde", "", "integer", "", "stray");

            CodebookRead read = CodebookRead.read(new XlsxCodebookReader(), bytes(workbook), "plain");

            assertThat(read.issues().issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.line()).isEqualTo(4);
            });
            assertThat(read.variables()).hasSize(1);
        }
    }

    @Test
    void sheetLackingColumnsSaysWhichAndWhatItFound() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            row(sheet, 0, "navn", "label", "type");
            row(sheet, 1, "VEKT", "Fødselsvekt", "integer");

            IssueCollector issues = CodebookRead.refused(new XlsxCodebookReader(), bytes(workbook), "plain");

            assertThat(issues.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.severity()).isEqualTo(Severity.FATAL);
                assertThat(issue.line()).isEqualTo(1);
                assertThat(issue.message()).contains("lacks name, description, values").contains("found columns 'navn', 'label', 'type'");
            });
        }
    }

    @Test
    void fileThatIsNotAZipIsRefusedClearly() {
        IssueCollector issues = CodebookRead.refused(new XlsxCodebookReader(), CodebookRead.fixture("not-a-zip.xlsx"), "plain");

        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).startsWith("Not an .xlsx workbook").contains("not one").contains("codebook-csv");
        });
    }

    @Test
    void zipThatIsNotAWorkbookAndEmptyFileAreRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        IssueCollector notWorkbook = CodebookRead.refused(new XlsxCodebookReader(), zip.toByteArray(), "plain");
        IssueCollector empty = CodebookRead.refused(new XlsxCodebookReader(), new byte[0], "plain");

        assertThat(notWorkbook.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .startsWith("Not a readable .xlsx workbook");
        assertThat(empty.issues()).singleElement().extracting(issue -> issue.message()).isEqualTo("The file is empty");
    }

    /** A workbook with a CSV fixture on its first sheet (years as numbers) and a sheet that must be ignored. */
    private static byte[] workbookOf(String csvFixture, char delimiter) throws IOException {
        String text = new String(CodebookRead.fixture(csvFixture), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Variabler");
            List<String> header = records.get(0).toList();
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = records.get(r).toList();
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && header.get(c).endsWith("_year")) {
                        row.createCell(c).setCellValue(Integer.parseInt(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            row(workbook.createSheet("Notater"), 0, "Ikke", "en", "kodebok");
            return bytes(workbook);
        }
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
