package no.varcat.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Which pages the harness asks for: registers, a spread of variables, and 500 variables for the list, from the public API. */
record PageSample(List<String> registerIds, List<String> registerIris, List<String> variableIds, List<String> variableIris,
        List<String> listIris) {

    static final int LIST_SIZE = 500;

    static PageSample collect(VarcatClient client, int variables) throws IOException, InterruptedException {
        List<String> registerIds = new ArrayList<>();
        List<String> registerIris = new ArrayList<>();
        for (JsonNode r : client.getJson("api/v1/registers?size=100").path("items")) {
            registerIds.add(r.path("id").asString());
            registerIris.add(r.path("iri").asString());
        }
        List<String> variableIds = new ArrayList<>();
        List<String> variableIris = new ArrayList<>();
        List<String> listIris = new ArrayList<>();
        // Variables from every register in turn (sorted by name within each), so pages of small and large registers both count.
        int perRegister = Math.min(100, Math.max(1, (variables + registerIds.size() - 1) / registerIds.size()));
        String cursor = null;
        int page = 0;
        while (listIris.size() < LIST_SIZE || variableIds.size() < variables) {
            JsonNode answer = client.getJson("api/v1/variables?size=100&sort=register"
                    + (cursor == null ? "" : "&cursor=" + VarcatClient.encode(cursor)));
            for (JsonNode v : answer.path("items")) {
                if (listIris.size() < LIST_SIZE) {
                    listIris.add(v.path("iri").asString());
                }
            }
            JsonNode spread = client.getJson("api/v1/variables?size=" + perRegister + "&q=&register="
                    + VarcatClient.encode(registerIds.get(page % registerIds.size())));
            for (JsonNode v : spread.path("items")) {
                if (variableIds.size() < variables) {
                    variableIds.add(v.path("id").asString());
                    variableIris.add(v.path("iri").asString());
                }
            }
            page++;
            cursor = answer.path("nextCursor").isString() ? answer.path("nextCursor").asString() : null;
            if (cursor == null || page > registerIds.size() * 2) {
                break;
            }
        }
        return new PageSample(registerIds, registerIris, variableIds, variableIris, listIris);
    }
}
