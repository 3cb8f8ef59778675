package no.varcat.web.variable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.Paths;
import no.varcat.web.VarcatIntegrationTest;

/** The variable page's coverage chart and its links to the variable's RDF, over HTTP on the sample catalog. */
@VarcatIntegrationTest
class VariablePageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MFR = "https://sample.varcat.no/fhi/mfr";

    @LocalServerPort
    int port;

    @Autowired
    VariableRepository variables;

    @Test
    void showsTheRegistersCoverageOverTheYearsAsAChartAndATable() throws Exception {
        String page = get(Paths.variable(variable("VEKT").iri()), "text/html").body();

        assertThat(page).contains("Dekningsgrad for registeret over årene", "<svg", "id=\"coverage-chart-title\"")
                .containsPattern("<th scope=\"row\">2014</th><td>99,5.%</td>")
                .contains("Dekningsgraden gjelder hele registeret Medisinsk fødselsregister");
    }

    @Test
    void showsTheUnitThePopulationAndTheQuestionWhereTheSourceGivesThem() throws Exception {
        VariableSummary age = variables.findByRegister("https://sample.varcat.no/helsedir/kpr").stream()
                .filter(v -> v.notation().equals("ALDER")).findFirst().orElseThrow();
        assertThat(get(Paths.variable(age.iri()), "text/html").body())
                .contains("Måleenhet", "<a href=\"http://qudt.org/vocab/unit/YR\">år</a>");

        VariableSummary transmission = variables.findByRegister("https://sample.varcat.no/fhi/msis").stream()
                .filter(v -> v.notation().equals("SMITTEMATE")).findFirst().orElseThrow();
        assertThat(get(Paths.variable(transmission.iri()), "text/html").body())
                .contains("Populasjon", "Meldte tilfeller der legen kjenner eller antar smittemåten.",
                        "Spørsmål", "Hvordan ble pasienten sannsynligvis smittet?");
        assertThat(get(Paths.variable(transmission.iri()) + "?lang=en", "text/html").body())
                .contains("Population", "How was the patient probably infected?");
    }

    @Test
    void linksToTheVariableAsTurtleJsonLdAndRdfXml() throws Exception {
        String iri = variable("VEKT").iri();
        String page = get(Paths.variable(iri), "text/html").body();

        assertThat(page).contains("href=\"" + Paths.variable(iri) + ".ttl\"", "href=\"" + Paths.variable(iri) + ".jsonld\"",
                "href=\"" + Paths.variable(iri) + ".rdf\"", "href=\"" + Paths.variable(iri) + ".nt\"");
    }

    @Test
    void theRdfOfAVariableHasItsCodeListInTheSyntaxAskedFor() throws Exception {
        VariableSummary coded = variables.findByRegister(MFR).stream().filter(VariableSummary::hasCodeList).findFirst().orElseThrow();
        String path = Paths.variable(coded.iri());

        HttpResponse<String> turtle = get(path, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model model = parse(turtle.body(), Lang.TURTLE);
        assertThat(model.getResource(coded.iri()).getProperty(SKOS.notation).getString()).isEqualTo(coded.notation());
        assertThat(model.listSubjectsWithProperty(SKOS.inScheme, model.getResource(coded.representation())).toList()).isNotEmpty();

        HttpResponse<String> jsonLd = get(path + ".jsonld", "text/turtle");
        assertThat(jsonLd.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(parse(jsonLd.body(), Lang.JSONLD).isIsomorphicWith(model)).isTrue();

        HttpResponse<String> rdfXml = get(path, "application/rdf+xml");
        assertThat(rdfXml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rdf+xml"));
        assertThat(parse(rdfXml.body(), Lang.RDFXML).isIsomorphicWith(model)).isTrue();
    }

    @Test
    void unknownVariablesAre404AndUnofferedSyntaxes406() throws Exception {
        assertThat(get(Paths.variable(MFR + "/NO_SUCH_VARIABLE"), "text/turtle").statusCode()).isEqualTo(404);
        // A register is not a variable.
        assertThat(get("/variables/" + Paths.register(MFR).substring("/registers/".length()), "text/turtle").statusCode())
                .isEqualTo(404);
        String path = Paths.variable(variable("VEKT").iri());
        HttpResponse<String> image = get(path, "image/png");
        assertThat(image.statusCode()).isEqualTo(406);
        assertThat(image.body()).contains("text/turtle", "application/ld+json");
        assertThat(get(path + ".pdf", null).statusCode()).isEqualTo(404);
    }

    private VariableSummary variable(String notation) {
        return variables.findByRegister(MFR).stream().filter(v -> v.notation().equals(notation)).findFirst().orElseThrow();
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(model);
        return model;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
