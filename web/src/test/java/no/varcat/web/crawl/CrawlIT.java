package no.varcat.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What search engines read: robots.txt, the sitemaps, and schema.org on the register pages. */
@VarcatIntegrationTest
class CrawlIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE = "http://localhost:8080/";

    @LocalServerPort
    int port;
    @Autowired
    RegisterRepository registers;
    @Autowired
    VariableRepository variables;

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOffSearchAndAdmin() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).contains("Sitemap: " + BASE + "sitemap.xml", "Disallow: /search", "Disallow: /admin");
    }

    @Test
    void sitemapIndexLeadsToEveryRegisterAndItsVariables() throws Exception {
        List<String> sitemaps = locations(get("/sitemap.xml").body(), "sitemap");
        assertThat(sitemaps).hasSize(registers.findAll().size() + 1).contains(BASE + "sitemaps/registers.xml");

        List<String> top = locations(get("/sitemaps/registers.xml").body(), "url");
        registers.findAll().forEach(r -> assertThat(top).contains(BASE + Paths.register(r.iri()).substring(1)));
        assertThat(top).anySatisfy(url -> assertThat(url).startsWith(BASE + "publishers/"))
                .anySatisfy(url -> assertThat(url).startsWith(BASE + "indicators/"));

        String mfr = "https://sample.varcat.no/fhi/mfr";
        String mfrSitemap = BASE + "sitemaps" + Paths.register(mfr) + ".xml";
        assertThat(sitemaps).contains(mfrSitemap);
        List<String> ofMfr = locations(get(mfrSitemap.substring(BASE.length() - 1)).body(), "url");
        variables.findByRegister(mfr).forEach(v -> assertThat(ofMfr).contains(BASE + Paths.variable(v.iri()).substring(1)));
        assertThat(ofMfr).anySatisfy(url -> assertThat(url).startsWith(BASE + "codelists/"));

        HttpResponse<String> unknown = get("/sitemaps/registers/no-such-register-00000000.xml");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get("/sitemaps/registers/%3Cscript%3E.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void registerPagesCarryASchemaOrgDataset() throws Exception {
        String page = get(Paths.register("https://sample.varcat.no/fhi/mfr")).body();
        String marker = "<script type=\"application/ld+json\">";
        int start = page.indexOf(marker) + marker.length();
        JsonNode dataset = JsonMapper.builder().build().readTree(page.substring(start, page.indexOf("</script>", start)));
        assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
        assertThat(dataset.get("name").asString()).isEqualTo("Medisinsk fødselsregister (MFR)");
        assertThat(dataset.get("url").asString()).isEqualTo(BASE + Paths.register("https://sample.varcat.no/fhi/mfr").substring(1));
        assertThat(dataset.get("publisher").get("name").asString()).isEqualTo("Folkehelseinstituttet");
        assertThat(dataset.get("variableMeasured").size()).isGreaterThan(10);
        assertThat(dataset.get("distribution").get(0).get("contentUrl").asString()).endsWith(".ttl");
    }

    private static List<String> locations(String xml, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapController.NS);
        NodeList entries = document.getElementsByTagNameNS(SitemapController.NS, element);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            found.add(entries.item(i).getTextContent().strip());
        }
        return found;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
