package no.varcat.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;

/** The contract test's checker itself: it must fail a body the schema does not describe. */
class ApiDescriptionTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {"/api/v1/things/{id}": {"get": {"operationId": "getThing", "responses": {"200": {"content": {
                 "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
                 "Thing": {"type": "object", "required": ["id"], "properties": {
                     "id": {"type": "string"}, "count": {"type": "integer"}, "name": {"$ref": "#/components/schemas/Name"}}},
                 "Name": {"type": "object", "properties": {"nb": {"type": "string"}}}}}}
            """;

    private final ApiDescription description = new ApiDescription(DOCUMENT);
    private final Schema thing = description.schema(description.operations().get(0), "200", "application/json").orElseThrow();

    @Test
    void acceptsWhatTheSchemaDescribes() {
        assertThat(thing.validate(ApiDescription.JSON.readTree("{\"id\": \"a\", \"count\": 2, \"name\": {\"nb\": \"x\"}}"))).isEmpty();
    }

    @Test
    void refusesAMissingRequiredMemberAWrongTypeAndMembersTheSchemaDoesNotName() {
        assertThat(thing.validate(ApiDescription.JSON.readTree("{\"count\": 2}"))).isNotEmpty();
        assertThat(thing.validate(ApiDescription.JSON.readTree("{\"id\": \"a\", \"count\": \"two\"}"))).isNotEmpty();
        assertThat(thing.validate(ApiDescription.JSON.readTree("{\"id\": \"a\", \"colour\": \"red\"}"))).isNotEmpty();
        assertThat(thing.validate(ApiDescription.JSON.readTree("{\"id\": \"a\", \"name\": {\"de\": \"x\"}}"))).isNotEmpty();
    }

    @Test
    void findsNoSchemaWhereTheDescriptionGivesNone() {
        assertThat(description.schema(description.operations().get(0), "404", "application/problem+json")).isEmpty();
        assertThat(description.component(ApiDescription.JSON.readTree("{\"type\": \"object\"}")).isMissingNode()).isTrue();
    }
}
