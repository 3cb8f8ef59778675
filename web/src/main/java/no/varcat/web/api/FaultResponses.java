package no.varcat.web.api;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Adds the responses an operation's {@link Faults} name to its OpenAPI description: each
 * {@code application/problem+json} with the {@link ApiProblem} schema, and 503 with its
 * {@code Retry-After} header.
 */
@Component
class FaultResponses implements OperationCustomizer, OpenApiCustomizer {

    private static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        Faults faults = handlerMethod.getMethodAnnotation(Faults.class);
        if (faults == null) {
            return operation;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (Faults.Fault fault : faults.value()) {
            operation.getResponses().addApiResponse(fault.status, response(fault));
        }
        return operation;
    }

    /** The problem schema the responses refer to, in the description's components whatever else refers to it. */
    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ModelConverters.getInstance().readAll(ApiProblem.class).forEach((name, schema) -> {
            if (openApi.getComponents().getSchemas() == null || !openApi.getComponents().getSchemas().containsKey(name)) {
                openApi.getComponents().addSchemas(name, schema);
            }
        });
    }

    private static ApiResponse response(Faults.Fault fault) {
        ApiResponse response = new ApiResponse().description(fault.description)
                .content(new Content().addMediaType(ApiDoc.PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
        if (fault == Faults.Fault.UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(new IntegerSchema()));
        }
        return response;
    }
}
