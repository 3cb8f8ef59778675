package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import no.varcat.catalog.text.LocalizedText;
import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableSummary;

/** The table both downloads share, and each format's own rules, with the application's messages. */
class ExportTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static final VariableDetails SEX = new VariableDetails(new VariableSummary("https://x/mfr/KJONN", "KJONN",
            new LocalizedText("Kjønn", null, "Sex"), new LocalizedText("Barnets kjønn; «registrert»", null, "The child's sex"),
            "https://x/mfr", new LocalizedText("Medisinsk fødselsregister", null, "Medical Birth Registry"), 1967, null,
            "https://x/codes/kjonn", true, LocalizedText.EMPTY),
            List.of(new Code("1", new LocalizedText("Gutt", null, "Boy"), false),
                    new Code("2", new LocalizedText("Jente", null, "Girl"), false),
                    new Code("9", new LocalizedText("Ukjent", null, null), true)));

    private static final VariableDetails WEIGHT = new VariableDetails(new VariableSummary("https://x/mfr/VEKT", "VEKT",
            new LocalizedText("Fødselsvekt", null, null), new LocalizedText("=HYPERLINK(\"https://evil\")", null, null),
            "https://x/mfr", new LocalizedText("Medisinsk fødselsregister", null, null), 1967, 2024,
            "http://www.w3.org/2001/XMLSchema#integer", false, LocalizedText.EMPTY), List.of());

    @Test
    void tableFollowsTheReadersLanguageAndSpellsOutCodeLists() {
        ListTable nb = ListTable.of(List.of(SEX, WEIGHT), MESSAGES, Locale.forLanguageTag("nb"));
        ListTable en = ListTable.of(List.of(SEX), MESSAGES, Locale.ENGLISH);

        assertThat(nb.rows().get(0)).containsExactly("Medisinsk fødselsregister", "KJONN", "Kjønn", "Sex",
                "Barnets kjønn; «registrert»", "fra 1967", "1=Gutt; 2=Jente; 9=Ukjent", "https://x/mfr/KJONN");
        assertThat(nb.rows().get(1)).containsSequence("1967–2024", "xsd:integer");
        assertThat(nb.rows().get(1).get(3)).isEmpty();
        assertThat(en.name()).isEqualTo("Variable list");
        assertThat(en.rows().get(0)).containsExactly("Medical Birth Registry", "KJONN", "Kjønn", "Sex",
                "The child's sex", "from 1967", "1=Boy; 2=Girl; 9=Ukjent", "https://x/mfr/KJONN");
    }

    @Test
    void csvHasABomSemicolonsQuotingAndNoLiveFormulas() throws Exception {
        byte[] csv = CsvExport.write(ListTable.of(List.of(SEX, WEIGHT), MESSAGES, Locale.forLanguageTag("nb")));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Register;Teknisk navn;").contains("\r\n")
                .contains("\"Barnets kjønn; «registrert»\"", "\"1=Gutt; 2=Jente; 9=Ukjent\"");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(2).get(4)).isEqualTo("'=HYPERLINK(\"https://evil\")");
    }

    @Test
    void xlsxHasAHeadingRowAndStringCellsOnly() throws Exception {
        byte[] xlsx = XlsxExport.write(ListTable.of(List.of(SEX, WEIGHT), MESSAGES, Locale.forLanguageTag("nb")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Variabelliste");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Register");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"https://evil\")");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void inertOnlyTouchesFormulaStarts() {
        assertThat(CsvExport.inert("+47")).isEqualTo("'+47");
        assertThat(CsvExport.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.inert("Fødselsvekt")).isEqualTo("Fødselsvekt");
        assertThat(CsvExport.inert(null)).isEmpty();
    }

    @Test
    void filenameCarriesTheDate() {
        assertThat(VariableListController.filename(java.time.LocalDate.of(2026, 11, 23), "csv"))
                .isEqualTo("varcat-variabelliste-2026-11-23.csv");
    }
}
