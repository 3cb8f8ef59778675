package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.VarcatIntegrationTest;

/**
 * The list as a data access application needs it, over HTTP: years and reasons per entry (checked,
 * kept as typed when refused), grouped by register, in CSV and .xlsx; concepts; JSON export and
 * import; the link that opens the list elsewhere; the API that saves a list from its document.
 */
@VarcatIntegrationTest
class ApplicationListIT {

    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final String WITH_FORMS = "/search";
    private static final String NYFODT_WEIGHT = "https://sample.varcat.no/ous/nyfodt/variable/INNLEGGELSE_FODSELSVEKT";
    private static final String BIRTH_WEIGHT_CONCEPT = "https://sample.varcat.no/concept/birth-weight";

    @LocalServerPort
    int port;

    @Autowired
    VariableRepository variables;

    SiteSession visitor;
    VariableSummary birthWeight;

    @BeforeEach
    void newVisitor() {
        visitor = new SiteSession(port);
        birthWeight = variables.findByRegister(MFR).stream().filter(v -> v.notation().equals("VEKT")).findFirst().orElseThrow();
    }

    /**
     * The task of an application: two registers' variables, each with its years and reason, grouped
     * by register on the page (the reason escaped), in the CSV and in an .xlsx that POI opens.
     */
    @Test
    void yearsAndReasonsAreSavedGroupedByRegisterAndDownloaded() throws Exception {
        add(birthWeight.iri());
        add(NYFODT_WEIGHT);
        String page = visitor.get("/list").body();
        assertThat(page).contains("id=\"register-0\"", "id=\"register-1\"");
        // The page's order, which the form's rows follow: registers by title.
        List<String> order = formIris(page);
        assertThat(order).containsExactlyInAnyOrder(birthWeight.iri(), NYFODT_WEIGHT);

        var saved = save(page, Map.of(birthWeight.iri(), new String[] {"2015", "2020", "Utfall <script>alert(1)</script>; «vekt»"},
                NYFODT_WEIGHT, new String[] {"2016", "", "Sammenligning med innleggelser"}));

        assertThat(saved.statusCode()).isEqualTo(303);
        String shown = visitor.get("/list").body();
        assertThat(shown).contains("År og begrunnelser er lagret.", "value=\"2015\"", "value=\"2020\"", "value=\"2016\"",
                "Utfall &lt;script&gt;alert(1)&lt;/script&gt;; «vekt»").doesNotContain("<script>alert(1)");
        assertThat(shown).containsPattern("<h2 id=\"register-\\d\"><a [^>]*>Medisinsk fødselsregister[^<]*</a></h2>");
        assertThat(shown).containsPattern("<h2 id=\"register-\\d\"><a [^>]*>[^<]*(Nyfødt|nyfødt)[^<]*</a></h2>");

        String csv = new String(visitor.download("/list.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).contains(";VEKT;Fødselsvekt;2015–2020;Utfall <script>alert(1)</script>; «vekt»;".replace("Utfall <script>alert(1)</script>; «vekt»", "\"Utfall <script>alert(1)</script>; «vekt»\""));
        assertThat(csv).contains(";fra 2016;Sammenligning med innleggelser;");

        var xlsx = visitor.download("/list.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0))).startsWith("Register", "Teknisk navn", "Navn", "År ønsket", "Begrunnelse");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<List<String>> rows = List.of(text(sheet.getRow(1)), text(sheet.getRow(2)));
            assertThat(rows).anySatisfy(r -> assertThat(r.subList(1, 5)).containsExactly("VEKT", "Fødselsvekt", "2015–2020",
                    "Utfall <script>alert(1)</script>; «vekt»"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsSequence("INNLEGGELSE_FODSELSVEKT")
                    .contains("fra 2016", "Sammenligning med innleggelser"));
        }
    }

    @Test
    void yearsOutOfBoundsComeBackAsTypedWithTheFieldNamedAndNothingSaved() throws Exception {
        add(birthWeight.iri());
        String page = visitor.get("/list").body();

        var refused = save(page, Map.of(birthWeight.iri(), new String[] {"1700", "2020", "x".repeat(1001)}));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("Listen ble ikke endret.", "href=\"#from-0\"", "«Fødselsvekt», Fra år",
                "skriv et år mellom 1900 og", "value=\"1700\"", "aria-invalid=\"true\"", "aria-describedby=\"from-0-error\"",
                "href=\"#reason-0\"", "høyst 1000 tegn");
        var reversed = save(page, Map.of(birthWeight.iri(), new String[] {"2020", "2015", ""}));
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("href=\"#to-0\"", "fra-året (2020) er etter til-året (2015)");
        assertThat(visitor.get("/list").body()).doesNotContain("value=\"1700\"", "value=\"2020\"");
    }

    @Test
    void jsonExportImportsIntoAnotherBrowserAsItWas() throws Exception {
        add(birthWeight.iri());
        add(NYFODT_WEIGHT);
        add(BIRTH_WEIGHT_CONCEPT);
        String page = visitor.get("/list").body();
        save(page, Map.of(birthWeight.iri(), new String[] {"2015", "2020", "Utfall"}, BIRTH_WEIGHT_CONCEPT,
                new String[] {"2010", "2011", "Begrepet på tvers"}));
        var exported = visitor.download("/list.json");
        assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".json\""));
        String json = new String(exported.body(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\" : 1", "\"type\" : \"concept\"", "\"reason\" : \"Utfall\"", "\"from\" : 2015");

        SiteSession other = new SiteSession(port);
        var imported = other.upload("/list", "/list/import", "file", "liste.json", exported.body());

        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(other.get("/list").body()).contains("Hentet inn: 3 nye, 0 oppdatert, 0 finnes ikke i katalogen, 0 fikk ikke plass.");
        String again = new String(other.download("/list.json").body(), StandardCharsets.UTF_8);
        assertThat(entries(again)).isEqualTo(entries(json));
    }

    @Test
    void aBadFileIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        add(birthWeight.iri());
        byte[] bad = """
                {"version": 1, "entries": [{"type": "variable", "iri": "https://x/a", "from": 2020, "to": 1999},
                  {"type": "variabel", "iri": "<b>not</b>"}]}""".getBytes(StandardCharsets.UTF_8);

        var refused = visitor.upload("/list", "/list/import", "file", "liste.json", bad);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Listen ble ikke endret.", "entries[0].to", "fra-året (2020) er etter til-året (1999)",
                "entries[1].type", "skal være &quot;variable&quot; eller &quot;concept&quot;", "entries[1].iri", "Én oppføring i listen")
                .doesNotContain("<b>not</b>");
        var notJson = visitor.upload("/list", "/list/import", "file", "liste.json", "id;location\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("er ikke gyldig JSON (linje 1, kolonne");
    }

    @Test
    void aConceptBringsEveryRegistersVariableSharingIt() throws Exception {
        String variablePage = visitor.get("/variables/" + no.varcat.catalog.resource.ResourceIds.of(birthWeight.iri())).body();
        assertThat(variablePage).contains("Legg begrepet «Fødselsvekt» til i listen");

        add(BIRTH_WEIGHT_CONCEPT);

        String page = visitor.get("/list").body();
        assertThat(page).contains("id=\"concepts-heading\"", "<code>VEKT</code>", "<code>INNLEGGELSE_FODSELSVEKT</code>");
        String csv = new String(visitor.download("/list.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).filter(l -> !l.isBlank())).hasSize(2)
                .allSatisfy(l -> assertThat(l.split(";", -1)[5]).isEqualTo("Fødselsvekt"));
    }

    /** The link restores the list for another visitor with no cookie of it: the same list, not a copy. */
    @Test
    void theLinkOpensTheListAnywhereAndCanBeTakenOver() throws Exception {
        add(birthWeight.iri());
        String link = link(visitor.get("/list").body());
        String path = link.substring(link.indexOf("/list/"));

        SiteSession elsewhere = new SiteSession(port);
        String shown = elsewhere.get(path).body();
        assertThat(shown).contains("<code>VEKT</code>", "Bruk denne listen").doesNotContain("name=\"from\"");
        assertThat(elsewhere.cookies()).noneMatch(c -> c.startsWith(ListCookie.NAME));
        var restored = elsewhere.submit(path, "/list/restore", Map.of("id", path.substring("/list/".length())));

        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(elsewhere.get("/list").body()).contains("Listen fra lenken er nå listen din", "<code>VEKT</code>", link);
        assertThat(elsewhere.get("/list/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
    }

    /** For programs: a list saved from its JSON document answers its link; a document with faults is a problem naming each field. */
    @Test
    void theApiSavesAListFromItsDocumentOrNamesEachFault() throws Exception {
        HttpClient program = HttpClient.newHttpClient();
        String document = """
                {"version": 1, "entries": [
                  {"type": "variable", "iri": "%s", "from": 2015, "to": 2020, "reason": "Utfall"},
                  {"type": "concept", "iri": "%s"},
                  {"type": "variable", "iri": "https://nowhere.example/gone", "from": 2001}]}""".formatted(birthWeight.iri(),
                BIRTH_WEIGHT_CONCEPT);

        HttpResponse<String> created = program.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/lists"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"entries\":2", "\"notInCatalog\":1");
        String link = created.headers().firstValue("Location").orElseThrow();
        String path = link.substring(link.indexOf("/list/"));
        assertThat(created.body()).contains("\"link\":\"" + link + "\"");
        String json = visitor.get(path + ".json").body();
        assertThat(entries(json)).containsExactly("concept " + BIRTH_WEIGHT_CONCEPT + " null null null",
                "variable " + birthWeight.iri() + " 2015 2020 \"Utfall\"");
        assertThat(visitor.get(path).body()).contains("<code>VEKT</code>", "Utfall");
        assertThat(visitor.get("/list/AAAAAAAAAAAAAAAAAAAAAA.json").statusCode()).isEqualTo(404);

        HttpResponse<String> refused = program.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/lists"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"version": 1, "entries": [{"type": "variable", "iri": "https://x/a", "from": "2015", "reason": 3}]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"name\":\"entries[0].from\"", "enter a year between 1900 and",
                "\"name\":\"entries[0].reason\"", "must be text");
        HttpResponse<String> broken = program.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/lists"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"version\": 1,")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("is not valid JSON (line 1, column");
    }

    @Test
    void readingPagesMakesNoList() throws Exception {
        visitor.get("/search?q=fodselsvekt");
        visitor.get("/list");
        visitor.download("/list.csv");

        assertThat(visitor.cookies()).noneMatch(c -> c.startsWith(ListCookie.NAME));
    }

    /** Posts the list page's form of years and reasons, a row per entry in the page's order. */
    private HttpResponse<String> save(String page, Map<String, String[]> details) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=" + SiteSession.encode(SiteSession.csrfToken(page)));
        for (String iri : formIris(page)) {
            String[] d = details.getOrDefault(iri, new String[] {"", "", ""});
            form.append("&iri=").append(SiteSession.encode(iri)).append("&from=").append(SiteSession.encode(d[0]))
                    .append("&to=").append(SiteSession.encode(d[1])).append("&reason=").append(SiteSession.encode(d[2]));
        }
        return visitor.postRaw("/list/save", form.toString());
    }

    private static List<String> formIris(String page) {
        Matcher m = Pattern.compile("name=\"iri\" form=\"list-details\" value=\"([^\"]+)\"").matcher(page);
        List<String> iris = new ArrayList<>();
        while (m.find()) {
            iris.add(m.group(1).replace("&amp;", "&"));
        }
        return iris;
    }

    private static String link(String page) {
        Matcher m = Pattern.compile("class=\"saved-list-link\" href=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the list page shows its link").isTrue();
        return m.group(1);
    }

    /** The entries of an exported list, without what is there for people only. */
    private static List<String> entries(String json) {
        Matcher m = Pattern.compile("\"type\" : \"(\\w+)\",\\s*\"iri\" : \"([^\"]+)\",\\s*\"from\" : (\\S+),\\s*\"to\" : (\\S+),"
                + "\\s*\"reason\" : (\"[^\"]*\"|null)").matcher(json);
        List<String> entries = new ArrayList<>();
        while (m.find()) {
            entries.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        assertThat(entries).isNotEmpty();
        return entries.stream().sorted().toList();
    }

    /** Adds as the form does, and follows the redirect as a browser would (which shows, and so uses up, its message). */
    private void add(String iri) throws Exception {
        assertThat(visitor.submit(WITH_FORMS, "/list/add", Map.of("iri", iri, "returnTo", "/list")).statusCode()).isEqualTo(303);
        visitor.get("/list");
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
