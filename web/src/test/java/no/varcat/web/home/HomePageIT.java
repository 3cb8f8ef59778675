package no.varcat.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.search.RegisterSearch;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** The home page on the sample catalog: what it holds, ways in by register and theme, recent changes, example searches. */
@VarcatIntegrationTest
class HomePageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";

    @LocalServerPort
    int port;
    @Autowired
    VariableSearch variables;
    @Autowired
    RegisterSearch registers;

    @Test
    void theHomePageSaysWhatTheCatalogHoldsAndOffersWaysIn() throws Exception {
        String home = get("/");
        long variableCount = variables.search("", 0, 1).total();
        long registerCount = registers.search("", 0, 1).total();
        Locale nb = Locale.forLanguageTag("nb");
        assertThat(home).contains(new MessageFormat("{0,choice,0#Ingen registre|1#Ett register|1<{0} registre}", nb)
                .format(new Object[] {registerCount}), new MessageFormat("{0,choice,0#Ingen variabler|1#Én variabel|1<{0} variabler}", nb)
                .format(new Object[] {variableCount}));
        assertThat(registerCount).isGreaterThan(10);

        // By register, with its coverage where the register states one; the registers tab for the rest.
        assertThat(home).contains("href=\"" + Paths.register(MFR) + "\"", "dekningsgrad", "href=\"/search?type=registers\"");
        // By theme: each a search for that theme.
        assertThat(home).containsPattern("href=\"/search\\?theme=[^\"]+\">[^<]+</a>");
        // Recently changed: the sample harvest added variables, so some are there, each linked to its page.
        assertThat(home).contains("Nylig endret").containsPattern("href=\"/variables/[^\"]+\">[^<]+</a>\\s*<span class=\"note\"><span>(ny|endret)</span> <time datetime=\"\\d{4}-\\d{2}-\\d{2}\"");
        // Example searches that find something.
        assertThat(home).contains("href=\"/search?q=f%C3%B8dselsvekt\"");
        assertThat(get("/search?q=f%C3%B8dselsvekt")).contains("<mark>Fødselsvekt</mark>");
    }

    @Test
    void inEnglishTheHeadingsAreEnglish() throws Exception {
        String home = get("/?lang=en");
        assertThat(home).contains("The catalogue in numbers", "Recently changed", "Themes", "Registers", "Try for example");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
