package no.varcat.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class SparqlParserTest {

    private static final String ENDPOINT = "https://varcat.example.org/sparql";

    @Test
    void aSyntaxErrorNamesTheTokenAndWhereItIs() {
        ProblemDetail problem = refused("SELECT ?s\nWHERE {\n  ?s ?p \n}");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("Encountered \"}\" at line 4, column 1.");
        assertThat(problem.getProperties()).containsEntry("line", 4).containsEntry("column", 1).containsEntry("parameter", "query");
    }

    @Test
    void controlCharactersAreALexicalErrorWithAPosition() {
        ProblemDetail problem = refused("SELECT * {\n ?s ?p \u0000 }");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("line", 2).containsKey("column");
    }

    @Test
    void jenasExtensionsAreNotStandardSparql() {
        assertThat(refused("JSON { \"s\": ?s } WHERE { ?s ?p ?o }").getStatus()).isEqualTo(400);
    }

    @Test
    void anUpdateIsRefusedAsSuch() {
        ProblemDetail problem = refused("PREFIX x: <urn:x:> DELETE WHERE { ?s ?p ?o }");
        assertThat(problem.getStatus()).isEqualTo(HttpStatus.FORBIDDEN.value());
        assertThat(problem.getDetail()).contains("read-only");
    }

    @Test
    void relativeIrisResolveAgainstTheEndpointNeverTheServersDirectory() {
        Query query = SparqlParser.parse(request("SELECT * { <x> ?p ?o }", List.of(), List.of()), ENDPOINT);
        var group = (ElementGroup) query.getQueryPattern();
        var triples = (ElementPathBlock) group.get(0);
        assertThat(triples.getPattern().get(0).getSubject().getURI()).isEqualTo("https://varcat.example.org/x");
    }

    @Test
    void theProtocolsDatasetReplacesTheQuerys() {
        Query query = SparqlParser.parse(request("SELECT * FROM <urn:a> FROM NAMED <urn:b> { ?s ?p ?o }",
                List.of("urn:varcat:source:mfr"), List.of()), ENDPOINT);
        assertThat(query.getGraphURIs()).containsExactly("urn:varcat:source:mfr");
        assertThat(query.getNamedGraphURIs()).isEmpty();
    }

    private static ProblemDetail refused(String text) {
        SparqlProblem problem = catchThrowableOfType(SparqlProblem.class,
                () -> SparqlParser.parse(request(text, List.of(), List.of()), ENDPOINT));
        assertThat(problem).as("refused: %s", text).isNotNull();
        return problem.response().getBody();
    }

    private static SparqlRequest request(String query, List<String> defaultGraphs, List<String> namedGraphs) {
        return new SparqlRequest(query, defaultGraphs, namedGraphs, null);
    }
}
