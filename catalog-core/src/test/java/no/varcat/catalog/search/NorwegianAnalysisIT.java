package no.varcat.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Our analysis plugin, loaded in a real node, seen through the _analyze API. */
class NorwegianAnalysisIT {

    private static SearchConnection connection;

    @BeforeAll
    static void connect() {
        connection = SearchConnection.open(SharedTestNode.endpoint());
    }

    @AfterAll
    static void disconnect() {
        connection.close();
    }

    @Test
    void pluginAnalyzerStemsAndFoldsBokmaal() throws Exception {
        assertThat(analyze("{\"analyzer\":\"varcat_norwegian\",\"text\":\"Fødselsvekten\"}")).containsExactly("fodselsvekt");
        assertThat(analyze("{\"analyzer\":\"varcat_norwegian\",\"text\":\"dødsårsaker\"}"))
                .isEqualTo(analyze("{\"analyzer\":\"varcat_norwegian\",\"text\":\"dodsarsaker\"}"));
    }

    @Test
    void indexAnalyzersFromTheVariablesDefinitionUseThePluginFilters() throws Exception {
        AliasedIndex index = new AliasedIndex(connection, IndexDefinition.variables(IndexDefinition.defaultSynonyms()));
        String name = index.createConcreteIndex();
        try {
            // The synonym expands before stemming; the light stemmer drops the trailing s, on the
            // index side too, so "kroppsmasseindek" is the form that matches indexed text.
            assertThat(analyze(name, "{\"analyzer\":\"varcat_text_search\",\"text\":\"BMI\"}"))
                    .contains("bmi", "kroppsmasseindek");
            assertThat(analyze(name, "{\"analyzer\":\"varcat_autocomplete\",\"text\":\"Fødsel\"}"))
                    .contains("fo", "fod", "fodsel");
        } finally {
            index.discard(name);
        }
    }

    private static List<String> analyze(String body) throws Exception {
        return analyze(null, body);
    }

    private static List<String> analyze(String index, String body) throws Exception {
        Request request = new Request("POST", (index == null ? "" : "/" + index) + "/_analyze");
        request.setJsonEntity(body);
        Response response = connection.lowLevel().performRequest(request);
        JsonNode json = JsonMapper.builder().build().readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        List<String> tokens = new ArrayList<>();
        json.path("tokens").forEach(t -> tokens.add(t.path("token").asString()));
        return tokens;
    }
}
