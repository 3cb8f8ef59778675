package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport.Outcome;

/**
 * Files made to hurt the parser, through a whole harvest: entity expansion ("billion laughs") and
 * external entities (XXE) in every format that is XML or holds XML (RDF/XML, DDI-Codebook, the XML
 * parts of an .xlsx workbook), and a zip bomb in an .xlsx. Each ends the run with one fatal issue
 * saying what was refused, quickly and without reading the file an entity names. The DDI reader's
 * own cases, with line and column, are in {@code ddi/DdiBadInputTest}.
 */
class HostileFilesTest {

    private static final String SECRET = "top-secret-" + 0xC0FFEE;
    private static final String REGISTER = "https://test.varcat.no/fhi/mfr";

    @TempDir
    Path temp;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void rdfXmlWithAnExternalEntityIsRefusedAndTheFileNeverRead() throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY dct "http://purl.org/dc/terms/"> <!ENTITY secret SYSTEM "%s"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="&dct;">
                  <rdf:Description rdf:about="https://test.varcat.no/x"><dct:title>&secret;</dct:title></rdf:Description>
                </rdf:RDF>
                """.formatted(secretFile().toUri());

        assertThat(refused("rdfxml", null, xml.getBytes(StandardCharsets.UTF_8)))
                .contains("external entity 'secret'", "(XXE)", "refused");
    }

    @Test
    void rdfXmlWithABillionLaughsIsRefused() {
        assertThat(refused("rdfxml", null, laughs("rdf:RDF", """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="https://test.varcat.no/x"><dct:title>&lol9;</dct:title></rdf:Description>
                </rdf:RDF>
                """))).contains("refers to other entities", "billion laughs");
    }

    @Test
    void rdfXmlWithAnExternalDtdIsRefused() {
        byte[] xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/rdf.dtd">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
                """.getBytes(StandardCharsets.UTF_8);

        assertThat(refused("rdfxml", null, xml)).contains("external DTD", "never loads");
    }

    @Test
    void rdfXmlWithSimpleEntitiesForNamespacesStillReads() throws IOException {
        byte[] xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [ <!ENTITY dct "http://purl.org/dc/terms/"> ]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="&dct;">
                  <rdf:Description rdf:about="https://test.varcat.no/x"><dct:title>Tittel</dct:title></rdf:Description>
                </rdf:RDF>
                """.getBytes(StandardCharsets.UTF_8);

        HarvestReport report = harvest("rdfxml", null, xml);

        assertThat(report.outcome()).as("%s", report.issues()).isNotEqualTo(Outcome.FAILED);
        assertThat(harvest.store.readGraph(HarvestSource.graphNameFor("hostile")).toString()).contains("Tittel");
    }

    @Test
    void ddiWithAnExternalEntityIsRefused() throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE codeBook [ <!ENTITY secret SYSTEM "%s"> ]>
                <codeBook xmlns="ddi:codebook:2_5"><stdyDscr><citation><titlStmt><titl>&secret;</titl></titlStmt></citation></stdyDscr></codeBook>
                """.formatted(secretFile().toUri());

        assertThat(refused("ddi-codebook", null, xml.getBytes(StandardCharsets.UTF_8))).contains("DTD with entities", "XXE");
    }

    @Test
    void ddiWithABillionLaughsIsRefused() {
        assertThat(refused("ddi-codebook", null, laughs("codeBook", """
                <codeBook xmlns="ddi:codebook:2_5"><stdyDscr><citation><titlStmt><titl>&lol9;</titl></titlStmt></citation></stdyDscr></codeBook>
                """))).contains("DTD with entities", "billion laughs");
    }

    @Test
    void anXlsxWhoseSheetDeclaresAnExternalEntityIsRefused() throws IOException {
        String secret = secretFile().toUri().toString();
        byte[] workbook = rewritten(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [ <!ENTITY secret SYSTEM \"" + secret + "\"> ]><worksheet"));

        assertThat(refused("codebook-xlsx", "plain", workbook)).contains("declares a DOCTYPE", "(XXE)", "refusing");
    }

    @Test
    void anXlsxWithABillionLaughsInItsSharedStringsIsRefused() throws IOException {
        String dtd = new String(laughs("sst", ""), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "");
        byte[] workbook = rewritten(workbook(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("<sst", dtd + "<sst")
                .replaceFirst("<t>VEKT</t>", "<t>&lol9;</t>"));

        assertThat(refused("codebook-xlsx", "plain", workbook)).contains("declares a DOCTYPE", "billion laughs");
    }

    @Test
    void anXlsxZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        // 20 MB of blanks in the sheet's XML, stored as about 20 KB: 1,000 times its size unpacked.
        byte[] bomb = rewritten(workbook(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<sheetData", " ".repeat(20_000_000) + "<sheetData"));
        assertThat(bomb.length).isLessThan(100_000);

        assertThat(refused("codebook-xlsx", "plain", bomb)).contains("zip bomb", "at most 100 MB and 100 times its compressed size");
    }

    @Test
    void theZipBombLimitsArePoisAndExplicit() throws IOException {
        harvest("codebook-xlsx", "plain", workbook());

        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(100L * 1024 * 1024);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    }

    /** The one fatal issue of a failed run; the secret file's content is nowhere in the store. */
    private String refused(String format, String preset, byte[] content) {
        HarvestReport report;
        try {
            report = harvest(format, preset, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.issues()).singleElement().satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.FATAL));
        assertThat(harvest.store.graphNames()).allSatisfy(name ->
                assertThat(harvest.store.readGraph(name).toString()).doesNotContain(SECRET));
        return report.issues().get(0).message();
    }

    private HarvestReport harvest(String format, String preset, byte[] content) throws IOException {
        Path file = Files.write(temp.resolve("source-" + format), content);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                harvest.harvest(new HarvestSource("hostile", file.toUri(), format, "Hostile", REGISTER, preset)));
    }

    private Path secretFile() throws IOException {
        return Files.writeString(temp.resolve("secret.txt"), SECRET);
    }

    /** The classic payload: ten entities each ten times the one before, a billion "lol"s in all. */
    private static byte[] laughs(String root, String body) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n  <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            dtd.append("  <!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        return (dtd + "]>\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Kodebok");
            String[][] rows = {{"variabel", "beskrivelse", "type"}, {"VEKT", "Fødselsvekt", "heltall"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r).createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** {@code xlsx} with one of its parts changed. */
    private static byte[] rewritten(byte[] xlsx, String part, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
