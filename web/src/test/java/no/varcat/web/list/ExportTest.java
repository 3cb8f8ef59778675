package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private static final ListPage PAGE = new ListPage(List.of(new ListPage.Group("https://x/mfr", SEX.summary().registerTitle(),
            List.of(row(0, SEX, 2015, 2020, "Kjønn som justering; «viktig»"), row(1, WEIGHT, 2010, null, "=SUM(A1)")))),
            List.of(), 2, List.of());

    private static ListPage.Row row(int index, VariableDetails v, Integer from, Integer to, String reason) {
        ListEntry entry = new ListEntry(ListEntry.Kind.VARIABLE, v.summary().iri(), from, to, reason);
        return new ListPage.Row(index, entry, v.summary(), null, "", "", reason);
    }

    private static ListTable table(Locale locale) {
        return ListTable.of(PAGE, Map.of(SEX.summary().iri(), SEX, WEIGHT.summary().iri(), WEIGHT), iri -> "https://varcat/v/" + iri.hashCode(),
                MESSAGES, locale);
    }

    @Test
    void tableHasTheApplicationsColumnsInTheReadersLanguage() {
        ListTable nb = table(Locale.forLanguageTag("nb"));
        ListTable en = table(Locale.ENGLISH);

        assertThat(nb.headings()).startsWith("Register", "Teknisk navn", "Navn", "År ønsket", "Begrunnelse");
        assertThat(nb.rows().get(0)).startsWith("Medisinsk fødselsregister", "KJONN", "Kjønn", "2015–2020",
                "Kjønn som justering; «viktig»", "", "Barnets kjønn; «registrert»", "1=Gutt; 2=Jente; 9=Ukjent", "fra 1967");
        assertThat(nb.rows().get(1)).containsSequence("Fødselsvekt", "fra 2010", "=SUM(A1)");
        assertThat(en.name()).isEqualTo("Variable list");
        assertThat(en.headings()).startsWith("Register", "Technical name", "Label", "Years wanted", "Reason");
        assertThat(en.rows().get(0)).startsWith("Medical Birth Registry", "KJONN", "Sex", "2015–2020");
    }

    @Test
    void csvHasABomSemicolonsQuotingAndNoLiveFormulas() throws Exception {
        byte[] csv = CsvExport.write(table(Locale.forLanguageTag("nb")));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Register;Teknisk navn;Navn;År ønsket;Begrunnelse;").contains("\r\n")
                .contains("\"Barnets kjønn; «registrert»\"", "\"1=Gutt; 2=Jente; 9=Ukjent\"");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(2).get(4)).isEqualTo("'=SUM(A1)");
        assertThat(records.get(2).get(6)).isEqualTo("'=HYPERLINK(\"https://evil\")");
    }

    @Test
    void xlsxHasAHeadingRowAndStringCellsOnly() throws Exception {
        byte[] xlsx = XlsxExport.write(table(Locale.forLanguageTag("nb")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Variabelliste");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Register");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("=SUM(A1)");
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
        assertThat(ListViews.filename(java.time.LocalDate.of(2026, 11, 23), "csv"))
                .isEqualTo("varcat-variabelliste-2026-11-23.csv");
    }
}
