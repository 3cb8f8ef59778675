package no.varcat.catalog.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An index reached through an alias, so that a full reindex builds a new concrete index and swaps
 * the alias in one atomic step: searches never see a half-built index.
 */
public final class AliasedIndex {

    private static final String META_KEY = "varcat_definition";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SearchConnection connection;
    private final IndexDefinition definition;

    public AliasedIndex(SearchConnection connection, IndexDefinition definition) {
        this.connection = connection;
        this.definition = definition;
    }

    public String alias() {
        return definition.alias();
    }

    /**
     * Creates a fresh concrete index from the definition. Raw JSON through the low-level client,
     * because the typed client rejects the settings of our plugin's analysis components.
     */
    public String createConcreteIndex() {
        String name = definition.alias() + "-" + LocalDateTime.now().format(STAMP) + "-" + SEQUENCE.incrementAndGet();
        Request create = new Request("PUT", "/" + name);
        create.setJsonEntity(withDefinitionHash());
        perform(create, "create index " + name);
        return name;
    }

    /**
     * Whether the index the alias points at was built from this definition (mappings, analysis,
     * synonyms): an index from an older version must be rebuilt, not written into.
     */
    public boolean isCurrent() {
        List<String> indices = concreteIndices();
        if (indices.isEmpty()) {
            return false;
        }
        try {
            Response response = connection.lowLevel().performRequest(new Request("GET", "/" + alias() + "/_mapping"));
            JsonNode body = JsonMapper.builder().build().readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
            String expected = definitionHash();
            for (String index : indices) {
                JsonNode hash = body.path(index).path("mappings").path("_meta").path(META_KEY);
                if (!expected.equals(hash.asString(""))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw failure("read the mapping of " + alias(), e);
        }
    }

    private String definitionHash() {
        return ContentHash.of(definition.json());
    }

    private String withDefinitionHash() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(definition.json());
        ((ObjectNode) root.path("mappings")).putObject("_meta").put(META_KEY, definitionHash());
        return mapper.writeValueAsString(root);
    }

    /** Points the alias at {@code index} alone and deletes the indices it pointed at before. */
    public void promote(String index) {
        List<String> previous = concreteIndices();
        StringBuilder actions = new StringBuilder("{\"actions\":[");
        for (String old : previous) {
            actions.append("{\"remove\":{\"index\":\"").append(old).append("\",\"alias\":\"").append(alias()).append("\"}},");
        }
        actions.append("{\"add\":{\"index\":\"").append(index).append("\",\"alias\":\"").append(alias()).append("\"}}]}");
        Request swap = new Request("POST", "/_aliases");
        swap.setJsonEntity(actions.toString());
        perform(swap, "point alias " + alias() + " at " + index);
        for (String old : previous) {
            if (!old.equals(index)) {
                perform(new Request("DELETE", "/" + old), "delete old index " + old);
            }
        }
    }

    /** Deletes an index that was being built but will not be promoted. */
    public void discard(String index) {
        try {
            connection.lowLevel().performRequest(new Request("DELETE", "/" + index));
        } catch (IOException e) {
            // best effort: a leftover index is harmless and is named so it can be found
        }
    }

    public void refresh() {
        perform(new Request("POST", "/" + alias() + "/_refresh"), "refresh " + alias());
    }

    /** The concrete indices the alias points at now; empty before the first full index. */
    public List<String> concreteIndices() {
        try {
            Response response = connection.lowLevel().performRequest(new Request("GET", "/_alias/" + alias()));
            JsonNode body = JsonMapper.builder().build().readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            body.propertyNames().forEach(names::add);
            return names;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return List.of();
            }
            throw failure("read alias " + alias(), e);
        } catch (IOException e) {
            throw failure("read alias " + alias(), e);
        }
    }

    private void perform(Request request, String what) {
        try {
            connection.lowLevel().performRequest(request);
        } catch (IOException e) {
            throw failure(what, e);
        }
    }

    private SearchUnavailableException failure(String what, IOException e) {
        String detail = e instanceof ResponseException re ? responseBody(re) : SearchConnection.describe(e);
        return new SearchUnavailableException("Elasticsearch at " + connection.endpoint() + " could not " + what + ": " + detail, e);
    }

    private static String responseBody(ResponseException e) {
        try {
            return e.getResponse().getStatusLine() + " " + EntityUtils.toString(e.getResponse().getEntity(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ignored) {
            return e.getMessage();
        }
    }
}
