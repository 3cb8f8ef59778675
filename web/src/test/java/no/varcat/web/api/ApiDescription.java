package no.varcat.web.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's own OpenAPI 3.1 description, as served: its operations, their parameters, and each
 * response's JSON schema made strict, so that a body with a member the description does not name
 * fails as surely as one missing a required member.
 */
final class ApiDescription {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31());

    private final JsonNode document;
    private final ObjectNode strictComponents;

    ApiDescription(String json) {
        this.document = JSON.readTree(json);
        this.strictComponents = (ObjectNode) document.path("components").deepCopy();
        closeObjects(strictComponents);
    }

    JsonNode document() {
        return document;
    }

    /** One operation: its path template, and the operation object of the description. */
    record Operation(String path, String method, JsonNode node) {

        String id() {
            return node.path("operationId").asString();
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asString())) {
                    found.add(p);
                }
            });
            return found;
        }

        boolean documents(String status) {
            return node.path("responses").has(status);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(new Operation(path.getKey(), operation.getKey(), operation.getValue()));
            }
        }
        return operations;
    }

    /** The operations that read (GET): those a client can call with a URL alone. */
    List<Operation> reads() {
        return operations().stream().filter(o -> o.method().equals("get")).toList();
    }

    /** The schema the description gives for this answer, strict; empty when it gives none. */
    Optional<Schema> schema(Operation operation, String status, String mediaType) {
        JsonNode schema = operation.node().path("responses").path(status).path("content").path(mediaType).path("schema");
        if (schema.isMissingNode() || schema.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = ((ObjectNode) schema).deepCopy();
        root.set("components", strictComponents);
        return Optional.of(SCHEMAS.getSchema(root));
    }

    /** The component a {@code $ref} names, or a missing node. */
    JsonNode component(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        String prefix = "#/components/schemas/";
        return ref.startsWith(prefix) ? document.path("components").path("schemas").path(ref.substring(prefix.length()))
                : JSON.missingNode();
    }

    /** Every object schema with named properties gets {@code additionalProperties: false}. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.values().iterator(); children.hasNext(); ) {
                closeObjects(children.next());
            }
        } else if (node.isArray()) {
            node.forEach(ApiDescription::closeObjects);
        }
    }
}
