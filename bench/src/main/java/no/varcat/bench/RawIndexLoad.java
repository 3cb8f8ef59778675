package no.varcat.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.varcat.catalog.search.IndexDefinition;

/**
 * Elasticsearch alone: the documents varcat indexed, read back from its index, sent with {@code
 * _bulk} into a fresh index of the same definition on the same node.
 */
final class RawIndexLoad {

    static final String ALIAS = "varcat-variables";
    private static final String RAW_INDEX = "bench-raw-variables";
    private static final int BATCH = 1000;

    private final URI node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RawIndexLoad(URI node) {
        this.node = node;
    }

    /**
     * Creates the raw index and sends it every document under varcat's alias, a batch of 1,000 read
     * back and then sent with {@code _bulk}, and refreshes; seconds the {@code _bulk} requests and the
     * refresh took (the reading back is not timed). A batch is sent before the next is read: the
     * documents of a 1M catalog held at once ran the harness out of its heap. The index is deleted after.
     */
    double load() throws IOException, InterruptedException {
        send("DELETE", "/" + RAW_INDEX + "?ignore_unavailable=true", null);
        send("PUT", "/" + RAW_INDEX, IndexDefinition.variables(IndexDefinition.defaultSynonyms()).json());
        long nanos = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode query = VarcatClient.JSON.createObjectNode();
            query.put("size", BATCH);
            query.putArray("sort").add("_doc");
            query.put("track_total_hits", false);
            if (after != null) {
                query.set("search_after", after);
            }
            JsonNode answer = VarcatClient.JSON.readTree(send("POST", "/" + ALIAS + "/_search", VarcatClient.JSON.writeValueAsString(query)));
            ArrayNode hits = (ArrayNode) answer.path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (JsonNode hit : hits) {
                ObjectNode action = VarcatClient.JSON.createObjectNode();
                action.putObject("index").put("_id", hit.path("_id").asString());
                body.write((VarcatClient.JSON.writeValueAsString(action) + "\n").getBytes(StandardCharsets.UTF_8));
                body.write((VarcatClient.JSON.writeValueAsString(hit.path("_source")) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            long started = System.nanoTime();
            JsonNode bulk = VarcatClient.JSON.readTree(sendBytes("/" + RAW_INDEX + "/_bulk", body.toByteArray()));
            nanos += System.nanoTime() - started;
            if (bulk.path("errors").asBoolean()) {
                throw new IllegalStateException("Raw _bulk reported errors: " + bulk.toString().substring(0, 500));
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        long started = System.nanoTime();
        send("POST", "/" + RAW_INDEX + "/_refresh", null);
        nanos += System.nanoTime() - started;
        send("DELETE", "/" + RAW_INDEX, null);
        return Stats.seconds(nanos);
    }

    private byte[] send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return check(method + " " + path, http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private byte[] sendBytes(String path, byte[] ndjson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build();
        return check("POST " + path, http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static byte[] check(String what, HttpResponse<byte[]> response) {
        if (response.statusCode() >= 300 && response.statusCode() != 404) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }
}
