package no.varcat.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** The register page's variable filter and metadata completeness score, over HTTP on the sample catalog. */
@VarcatIntegrationTest
class RegisterPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";
    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><code>");

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
