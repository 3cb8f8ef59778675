package no.varcat.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch._types.FieldValue;
import no.varcat.catalog.search.PageCursor;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** The register page's variable list (filtered, paged), metadata completeness and quality score, over HTTP on the sample catalog. */
@VarcatIntegrationTest
class RegisterPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><code>");
    private static final Pattern NOTATION = Pattern.compile("<tr>\\s*<td><code>([^<]+)</code>");

    @LocalServerPort
    int port;

    @Test
    void theFilterNarrowsTheVariableListAndSaysHowMany() throws Exception {
        String all = page(MFR, null);
        int total = count(ROW, all);
        assertThat(total).isGreaterThan(10);
        assertThat(all).contains("<input id=\"variable-filter\" name=\"q\" type=\"search\" value=\"\"").doesNotContain("class=\"filter-count\"");

        // Folded and inflected the way people type: "fodsel" finds «Fødselsvekt» and others by label or definition.
        String filtered = page(MFR, "fodselsvekt");
        assertThat(filtered).contains("<code>VEKT</code>", "value=\"fodselsvekt\"")
                .containsPattern("Viser 1 av " + total + " variabler")
                .contains("href=\"" + Paths.register(MFR) + "#variables-heading\"");
        assertThat(count(ROW, filtered)).isEqualTo(1);

        // Technical names in any case.
        assertThat(page(MFR, "vekt")).contains("<code>VEKT</code>");
        assertThat(page(MFR, "mors_alder")).contains("<code>MORS_ALDER</code>").doesNotContain("<code>VEKT</code>");
    }

    @Test
    void aFilterMatchingNothingSaysSoAndEscapesWhatWasTyped() throws Exception {
        String none = page(MFR, "<b>zzz</b>");
        assertThat(none).contains("Viser 0 av ", "Ingen variabler i registeret passer til «&lt;b&gt;zzz&lt;/b&gt;».")
                .doesNotContain("<b>zzz</b>");
        assertThat(count(ROW, none)).isZero();
    }

    @Test
    void showsTheMetadataCompletenessScoreAndWhatIsMissing() throws Exception {
        String mfr = page(MFR, null);
        assertThat(mfr).contains("Fullstendighet i metadata").containsPattern("<meter min=\"0\" max=\"1\" value=\"[01][.0-9]*\"")
                .containsPattern("Registeret har \\d{1,3}(,\\d)?.% av metadataene vi anbefaler.");

        // The cause of death register publishes no quality indicators: the page names that, in English too.
        String dar = "https://sample.varcat.no/fhi/dar";
        assertThat(page(dar, null)).contains("Mangler:", "<span>Kvalitetsindikatorer</span>");
        assertThat(get(Paths.register(dar) + "?lang=en"))
                .contains("Metadata completeness", "Missing:", "<span>Quality indicators</span>");
    }

    @Test
    void showsTheQualityScoreWithWhatIsMissingAndThePointsEachFixGains() throws Exception {
        String mfr = page(MFR, null);
        assertThat(mfr).contains("Kvalitetspoeng", "Poeng per dimensjon", "Gjenfinnbarhet", "Variabelbeskrivelser")
                .containsPattern("<span id=\"quality-total\">\\d+ av 535 poeng \\(\\d{1,3} %\\)</span>")
                .containsPattern("data.norge.no sin modell \\(MQA\\): \\d+ av 435 poeng")
                // MFR's DCAT-AP-NO file has no distribution: a download URL is one fix, worth 20 of data.norge.no's points.
                .containsPattern("<span>Nedlastingsadresse på en distribusjon \\(dcat:downloadURL\\)</span>:\\s*<span class=\"gain\">\\+20 poeng</span>");
        assertThat(get(Paths.register(MFR) + "?lang=en")).contains("Quality score", "These would gain points:", "Findability")
                .containsPattern("\\d+ of 535 points");
    }

    @Test
    void aListLongerThanAPageIsPagedInTechnicalNameOrderByItsNextAndPreviousLinks() throws Exception {
        List<String> all = notations(get(Paths.register(MFR) + "?size=100"));
        assertThat(all).hasSizeGreaterThan(10).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();

        String first = get(Paths.register(MFR) + "?size=5");
        assertThat(notations(first)).isEqualTo(all.subList(0, 5));
        assertThat(first).contains("Side 1 av " + (all.size() + 4) / 5, "Variabler (" + all.size() + ")").doesNotContain("rel=\"prev\"");
        String second = get(link(first, "next"));
        assertThat(notations(second)).isEqualTo(all.subList(5, 10));
        assertThat(second).contains("Side 2 av ");
        // Back from page 3 by its cursor is page 2 again; page 2's previous link is plain page 1.
        String third = get(link(second, "next"));
        assertThat(notations(get(link(third, "prev")))).isEqualTo(all.subList(5, 10));
        assertThat(link(second, "prev")).isEqualTo(Paths.register(MFR) + "?size=5#variables-heading");

        List<String> walked = walk(Paths.register(MFR) + "?size=5");
        assertThat(walked).isEqualTo(all);
        // A page number without a cursor is found by skipping.
        assertThat(notations(get(Paths.register(MFR) + "?size=5&page=2"))).isEqualTo(all.subList(5, 10));
    }

    @Test
    void theFilterAndPagingGoTogether() throws Exception {
        String filtered = get(Paths.register(MFR) + "?size=100&q=mor");
        List<String> matching = notations(filtered);
        assertThat(matching).hasSizeGreaterThan(2).contains("MORS_ALDER").doesNotContain("VEKT");

        String first = get(Paths.register(MFR) + "?size=2&q=mor");
        assertThat(first).contains("value=\"mor\"", "<input type=\"hidden\" name=\"size\" value=\"2\">",
                "Viser " + matching.size() + " av ");
        assertThat(link(first, "next")).contains("q=mor", "size=2", "after=");
        assertThat(walk(Paths.register(MFR) + "?size=2&q=mor")).isEqualTo(matching);
    }

    @Test
    void hostilePageValuesGetTheErrorPageNeverAServerError() throws Exception {
        String base = Paths.register(MFR);
        // Well formed, but after every technical name there is: the page it points at is empty.
        String pastTheEnd = PageCursor.after(List.of(FieldValue.of("~~~~"), FieldValue.of("~"))).token();
        for (String query : List.of("page=0", "page=-1", "page=abc", "page=99999999999", "page=1.5", "page=%00",
                "size=0", "size=101", "size=abc", "size=-5", "after=not-a-cursor!", "before=%7B%7D",
                "after=" + encode(java.util.Base64.getUrlEncoder().encodeToString("[1, 2, 3]".getBytes(StandardCharsets.UTF_8))),
                "after=" + encode(java.util.Base64.getUrlEncoder().encodeToString("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8))),
                "q=" + "x".repeat(300), "page=9999")) {
            assertThat(status(base + "?" + query)).as(query).isEqualTo(400);
        }
        for (String query : List.of("page=50", "size=5&page=60", "after=" + pastTheEnd)) {
            assertThat(status(base + "?" + query)).as(query).isEqualTo(404);
        }
        // Text is only text, whatever it holds.
        for (String q : List.of("*", "\"", "a AND (b", "\\", "}{", "<script>", "%", "ø".repeat(200))) {
            assertThat(status(base + "?q=" + encode(q))).as(q).isEqualTo(200);
        }
    }

    /** Follows the next links from {@code path} to the end, collecting the technical names. */
    private List<String> walk(String path) throws Exception {
        List<String> walked = new ArrayList<>();
        String next = path;
        for (int pages = 0; next != null && pages < 50; pages++) {
            String html = get(next);
            walked.addAll(notations(html));
            next = link(html, "next");
        }
        return walked;
    }

    private static List<String> notations(String html) {
        List<String> notations = new ArrayList<>();
        Matcher m = NOTATION.matcher(html);
        while (m.find()) {
            notations.add(m.group(1));
        }
        return notations;
    }

    /** The href of the link with this rel, unescaped, or null. */
    private static String link(String html, String rel) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private int status(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Cookie", "varcat-lang=nb").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.body()).as(path).contains("Noe gikk galt").doesNotContain("Exception");
        }
        return response.statusCode();
    }

    private String page(String register, String q) throws Exception {
        return get(Paths.register(register) + (q == null ? "" : "?q=" + encode(q)));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Cookie", "varcat-lang=nb").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
