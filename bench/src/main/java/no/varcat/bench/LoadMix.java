package no.varcat.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What the load test may ask for, taken from the loaded catalog through its public API: the
 * registers, variables from every register, the values of every search facet, and words of the
 * variables' names for the suggestions.
 */
record LoadMix(List<String> registerIds, List<String> variableIds, List<FacetChoice> facets, List<String> words) {

    /** One value of one facet, as its parameter is sent (the same names on the page and in the API). */
    record FacetChoice(String parameter, String value) {
    }

    private static final int VARIABLES_PER_REGISTER = 25;
    private static final int MAX_WORDS = 200;

    static LoadMix collect(VarcatClient client) throws IOException, InterruptedException {
        List<String> registerIds = new ArrayList<>();
        for (JsonNode r : client.getJson("api/v1/registers?size=100").path("items")) {
            registerIds.add(r.path("id").asString());
        }
        if (registerIds.isEmpty()) {
            throw new IllegalStateException("The catalog has no registers: load it first");
        }
        List<String> variableIds = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        for (String register : registerIds) {
            JsonNode page = client.getJson("api/v1/variables?q=&size=" + VARIABLES_PER_REGISTER + "&register=" + VarcatClient.encode(register));
            for (JsonNode v : page.path("items")) {
                variableIds.add(v.path("id").asString());
                for (JsonNode text : v.path("label")) {
                    for (String word : text.asString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        if (word.length() >= 4 && words.size() < MAX_WORDS) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        List<FacetChoice> facets = new ArrayList<>();
        JsonNode all = client.getJson("api/v1/variables?q=&size=1&facets=true").path("facets");
        for (Map.Entry<String, JsonNode> facet : all.properties()) {
            for (JsonNode value : facet.getValue()) {
                facets.add(new FacetChoice(facet.getKey(), value.path("value").asString()));
            }
        }
        words.addAll(SearchStage.QUERIES.stream().filter(q -> !q.isBlank()).map(q -> q.toLowerCase(Locale.ROOT)).toList());
        return new LoadMix(List.copyOf(registerIds), List.copyOf(variableIds), List.copyOf(facets), List.copyOf(words));
    }

    String describe() {
        return String.format(Locale.ROOT, "%d registers, %d variables (%d from each register), %d facet values, %d words for suggestions",
                registerIds.size(), variableIds.size(), VARIABLES_PER_REGISTER, facets.size(), words.size());
    }
}
