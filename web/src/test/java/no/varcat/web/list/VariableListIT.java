package no.varcat.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

/** "Min variabelliste" over HTTP, as a browser without JavaScript uses it: forms, redirects, downloads. */
@VarcatIntegrationTest
class VariableListIT {

    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** A page with list forms, so with a CSRF token: every search hit has "Legg til i listen". */
    private static final String WITH_FORMS = "/search";
    private static final String NYFODT_WEIGHT = "https://sample.varcat.no/ous/nyfodt/variable/INNLEGGELSE_FODSELSVEKT";

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

    @Test
    void addFromTheSearchResultsComesBackToTheHitAndShowsOnTheList() throws Exception {
        String search = "/search?q=" + SiteSession.encode("fødselsvekt");
        String page = visitor.get(search).body();
        assertThat(page).contains("action=\"/list/add\"", "Legg til i listen", "Min variabelliste (0)");

        var added = visitor.submit(search, "/list/add", Map.of("iri", birthWeight.iri(), "returnTo", search + "#hit-1"));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(search + "#hit-1"));
        String back = visitor.get(search).body();
        assertThat(back).contains("«Fødselsvekt» er lagt til i listen.", "Min variabelliste (1)", "action=\"/list/remove\"");
        assertThat(visitor.get("/list").body()).contains("<code>VEKT</code>", "Medisinsk fødselsregister", "Én oppføring i listen");
    }

    @Test
    void aPageWhoseFirstFormComesLateStillGetsItsSessionAndToken() throws Exception {
        // More than Tomcat's 8 KB response buffer before the first list form: the CSRF token (and with
        // it the session cookie) must not come after the response has been committed.
        String search = "/search?q=fodselsvekt" + "+".repeat(6000);

        var page = visitor.get(search);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(page.body().indexOf("name=\"_csrf\"")).isGreaterThan(8192);
        assertThat(page.body()).endsWith("</html>\n");
    }

    @Test
    void twoOrMoreVariablesOnTheListCanBeCompared() throws Exception {
        VariableSummary sex = variables.findByRegister(MFR).stream().filter(v -> v.notation().equals("KJONN")).findFirst().orElseThrow();
        add(birthWeight.iri());
        assertThat(visitor.get("/list").body()).doesNotContain("class=\"compare-link\"");
        add(sex.iri());

        String list = visitor.get("/list").body();

        assertThat(list).contains("class=\"compare-link\"", "/compare?iri=" + birthWeight.iri() + "&amp;iri=" + sex.iri());
    }

    @Test
    void removeTakesTheVariableOffTheList() throws Exception {
        add(birthWeight.iri());
        var removed = visitor.submit("/list", "/list/remove", Map.of("iri", birthWeight.iri(), "returnTo", "/list"));

        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/list").body()).contains("Listen er tom.").doesNotContain("<code>VEKT</code>");
    }

    @Test
    void clearEmptiesTheListAndAddingTwiceKeepsOne() throws Exception {
        add(birthWeight.iri());
        add(birthWeight.iri());
        assertThat(visitor.get("/list").body()).contains("Én oppføring i listen");

        visitor.submit("/list", "/list/clear", Map.of("returnTo", "/list"));
        assertThat(visitor.get("/list").body()).contains("Listen er tom.");
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndTheAgreedColumns() throws Exception {
        add(birthWeight.iri());
        LocalDate before = LocalDate.now(OSLO);
        var csv = visitor.download("/list.csv");
        LocalDate after = LocalDate.now(OSLO);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .matches("attachment; filename=\"varcat-variabelliste-(" + before + "|" + after + ")\\.csv\""));
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Register;Teknisk navn;Navn;År ønsket;Begrunnelse;Begrep;Definisjon;"
                + "Verditype eller kodeliste;År i katalogen;Variabelside");
        assertThat(lines.get(1)).startsWith("Medisinsk fødselsregister").contains(";VEKT;Fødselsvekt;;;", "/variables/");
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void xlsxOpensWithPoiAndHoldsTheSameRows() throws Exception {
        add(birthWeight.iri());
        var xlsx = visitor.download("/list.xlsx?lang=en");

        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).endsWith(".xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Variable list");
            assertThat(text(sheet.getRow(0))).containsExactly("Register", "Technical name", "Label", "Years wanted", "Reason",
                    "Concept", "Definition", "Value type or code list", "Years in the catalogue", "Variable page");
            assertThat(text(sheet.getRow(1))).contains("VEKT", "Birth weight");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void severalIrisInOneRequestAreAddedTogether() throws Exception {
        var response = visitor.submit(WITH_FORMS, "/list/add?iri=" + SiteSession.encode(birthWeight.iri()) + "&iri="
                + SiteSession.encode(NYFODT_WEIGHT), Map.of("returnTo", "/list"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(visitor.get("/list").body()).contains("2 variabler er lagt til i listen.", "2 oppføringer i listen");
        // Of several, one the catalog lacks is passed over; the one there already is said so.
        visitor.submit(WITH_FORMS, "/list/add?iri=" + SiteSession.encode(birthWeight.iri()) + "&iri="
                + SiteSession.encode("https://nowhere.example/x"), Map.of("returnTo", "/list"));
        assertThat(visitor.get("/list").body()).contains("Ingen nye variabler er lagt til i listen; én var der fra før.");
    }

    @Test
    void postWithoutOrWithAWrongCsrfTokenIs403AndChangesNothing() throws Exception {
        visitor.get("/list");
        assertThat(visitor.post("/list/add", Map.of("iri", birthWeight.iri(), "returnTo", "/list")).statusCode()).isEqualTo(403);
        assertThat(visitor.post("/list/add", Map.of("iri", birthWeight.iri(), "_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(visitor.get("/list").body()).contains("Listen er tom.");
    }

    @Test
    void theScriptGetsWhatThePageShouldShowInsteadOfARedirect() throws Exception {
        String token = SiteSession.csrfToken(visitor.get(WITH_FORMS).body());

        var added = visitor.post("/list/add", Map.of("iri", birthWeight.iri(), "_csrf", token), "application/json");

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("\"inList\":true", "\"count\":1", "\"button\":\"Fjern fra listen\"",
                "\"nav\":\"Min variabelliste (1)\"", "\"action\":\"/list/remove\"", "er lagt til i listen");
        var removed = visitor.post("/list/remove", Map.of("iri", birthWeight.iri(), "_csrf", token), "application/json");
        assertThat(removed.body()).contains("\"inList\":false", "\"count\":0", "\"action\":\"/list/add\"");
        // Without the token, as for the form.
        assertThat(visitor.post("/list/add", Map.of("iri", birthWeight.iri()), "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    void otherPostsStayRefusedEvenWithAToken() throws Exception {
        assertThat(visitor.submit(WITH_FORMS, "/search", Map.of("q", "x")).statusCode()).isEqualTo(403);
    }

    @Test
    void returnToOutsideTheSiteGoesToTheListInstead() throws Exception {
        for (String evil : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)")) {
            var response = visitor.submit(WITH_FORMS, "/list/add", Map.of("iri", birthWeight.iri(), "returnTo", evil));
            assertThat(response.headers().firstValue("Location")).as(evil).hasValueSatisfying(l -> assertThat(l).endsWith("/list"));
        }
    }

    @Test
    void addingAnUnknownVariableIs404() throws Exception {
        assertThat(visitor.submit(WITH_FORMS, "/list/add", Map.of("iri", "https://nowhere.example/x")).statusCode()).isEqualTo(404);
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
