package no.varcat.web.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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

import no.varcat.catalog.resource.ResourceIds;
import no.varcat.web.VarcatIntegrationTest;

/** A register's DDI-Codebook over HTTP, on the sample catalog: negotiation, download, faults and the page's link. */
@VarcatIntegrationTest
class DdiExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";

    @LocalServerPort
    int port;

    @Test
    void servesTheRegistersCodebookAsXml() throws Exception {
        HttpResponse<String> ddi = get("/registers/" + ResourceIds.of(MFR) + "/ddi", "application/xml");

        assertThat(ddi.statusCode()).isEqualTo(200);
        assertThat(ddi.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(ddi.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(ddi.body()).startsWith("<?xml").contains("<codeBook xmlns=\"ddi:codebook:2_5\"",
                "<titl xml:lang=\"nb\">Medisinsk fødselsregister (MFR)</titl>", "<var name=\"VEKT\"")
                .containsPattern("<catgry missing=\"Y\">\\s*<catValu>9</catValu>");
        assertThat(get("/registers/" + ResourceIds.of(MFR) + "/ddi", "text/html,application/xml;q=0.9,*/*;q=0.8").statusCode())
                .as("a browser's Accept").isEqualTo(200);
    }

    @Test
    void downloadsAsAFile() throws Exception {
        String id = ResourceIds.of(MFR);
        for (String path : new String[] {"/registers/" + id + "/ddi?download", "/registers/" + id + "/ddi.xml"}) {
            HttpResponse<String> file = get(path, "*/*");
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition")).as(path)
                    .hasValue("attachment; filename=\"" + id + "-ddi.xml\"");
            assertThat(file.body()).as(path).contains("<var name=\"VEKT\"");
        }
    }

    @Test
    void refusesOtherTypesAndUnknownIdsWithProblemDetails() throws Exception {
        HttpResponse<String> turtle = get("/registers/" + ResourceIds.of(MFR) + "/ddi", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(406);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(turtle.body()).contains("application/xml");

        for (String id : new String[] {"no-such-register", "%3Cscript%3E", "..%2F..%2Fetc"}) {
            HttpResponse<String> unknown = get("/registers/" + id + "/ddi", "application/xml");
            assertThat(unknown.statusCode()).as(id).isBetween(400, 499);
            assertThat(unknown.body()).as(id).doesNotContain("Exception", "<script>");
        }
        HttpResponse<String> unknown = get("/registers/no-such-register/ddi", "application/xml");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("no-such-register");
    }

    @Test
    void aRegisterOfMoreThanOnePageComesInPagesWithLinks() throws Exception {
        String path = "/registers/" + ResourceIds.of(MFR) + "/ddi";
        HttpResponse<String> whole = get(path, "application/xml");
        assertThat(whole.headers().firstValue("Link")).as("one page says nothing of pages").isEmpty();
        List<String> all = names(whole.body());
        assertThat(all).hasSizeGreaterThan(10);

        HttpResponse<String> first = get(path + "?size=5", "application/xml");
        assertThat(names(first.body())).isEqualTo(all.subList(0, 5));
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("<" + path + "?page=2&size=5>; rel=\"next\"", "rel=\"last\"").doesNotContain("rel=\"prev\""));
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(all.size()));
        HttpResponse<String> second = get(path + "?page=2&size=5", "application/xml");
        assertThat(second.body()).contains("<titl xml:lang=\"nb\">Medisinsk fødselsregister (MFR)</titl>");
        assertThat(names(second.body())).isEqualTo(all.subList(5, 10));

        for (String query : List.of("page=0", "page=abc", "size=0", "size=1001", "size=x", "page=99999999999")) {
            HttpResponse<String> bad = get(path + "?" + query, "application/xml");
            assertThat(bad.statusCode()).as(query).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
        HttpResponse<String> past = get(path + "?page=9&size=5", "application/xml");
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(past.body()).contains("\"parameter\":\"page\"");
    }

    private static List<String> names(String ddi) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<var name=\"([^\"]+)\"").matcher(ddi);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theRegisterPageLinksItsCodebook() throws Exception {
        String id = ResourceIds.of(MFR);
        String page = get("/registers/" + id, "text/html").body();
        assertThat(page).contains("href=\"/registers/" + id + "/ddi\"", "DDI-Codebook (XML)");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header("Cookie", "varcat-lang=nb").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
