package no.varcat.web.api;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.catalog.search.RegisterSearch;
import no.varcat.catalog.search.RegisterSearchResult;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSearchResult;
import no.varcat.catalog.store.Iris;
import no.varcat.web.api.Faults.Fault;

/** The search page's two searches, for programs: variables with every filter and facet, and registers. */
@RestController
@RequestMapping(ApiLinks.BASE_PATH)
@Tag(name = "search", description = "Variables and registers found by text, filters and facets")
class SearchApiController {

    /** Elasticsearch's default result window: the deepest a page of skipped hits may end. */
    private static final int MAX_REGISTER_OFFSET = 10_000 - VariableSearch.MAX_PAGE_SIZE;

    private final VariableSearch variables;
    private final RegisterSearch registers;
    private final ResourceLookup lookup;
    private final Representations representations;
    private final ApiLinks links;

    SearchApiController(VariableSearch variables, RegisterSearch registers, ResourceLookup lookup,
            Representations representations, ApiLinks links) {
        this.variables = variables;
        this.registers = registers;
        this.lookup = lookup;
        this.representations = representations;
        this.links = links;
    }

    @GetMapping("/variables")
    @Operation(operationId = "searchVariables", summary = "Search variables",
            description = "Full-text search over every variable (Norwegian-aware: stemming, æøå folding, synonyms, typos "
                    + "forgiven), narrowed by the search page's filters; each filter's facet counts what its values would "
                    + "give under the other filters. Repeat a parameter to choose several values (any of them matches). "
                    + "Pages follow each other by cursor: pass nextCursor (or follow next) for the page after.",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text to search for; leave out for every variable",
                        schema = @Schema(type = "string", maxLength = QueryParameters.MAX_TEXT), example = "fødselsvekt"),
                @Parameter(name = "register", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "Registers to keep, by id (or IRI); repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string"))),
                @Parameter(name = "publisher", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "Publishers to keep, by (bokmål) name as the publisher facet gives it; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string", example = "Folkehelseinstituttet"))),
                @Parameter(name = "theme", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "Themes of the register to keep, by IRI; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string",
                                example = "http://publications.europa.eu/resource/authority/data-theme/HEAL"))),
                @Parameter(name = "valueType", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "Kinds of values to keep; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string",
                                allowableValues = {"code-list", "integer", "decimal", "text", "date", "other"}))),
                @Parameter(name = "codes", in = ParameterIn.QUERY,
                        description = "true: only variables with a code list; false: only those without",
                        schema = @Schema(type = "boolean")),
                @Parameter(name = "from", in = ParameterIn.QUERY,
                        description = "First year wanted: keeps variables with data for some year from it on",
                        schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "9999"), example = "2010"),
                @Parameter(name = "to", in = ParameterIn.QUERY,
                        description = "Last year wanted: keeps variables with data for some year up to it",
                        schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "9999"), example = "2020"),
                @Parameter(name = "coverage", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "Bands of the register's latest national coverage rate to keep, in percent; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string",
                                allowableValues = {"95-100", "80-95", "60-80", "under-60", "unknown"}))),
                @Parameter(name = "indicators", in = ParameterIn.QUERY,
                        description = "true: only variables of registers with quality indicators; false: only of those without",
                        schema = @Schema(type = "boolean")),
                @Parameter(name = "temporality", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "How the values relate to time (microdata.no's temporality types) to keep; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string",
                                allowableValues = {"accumulated", "event", "fixed", "status"}))),
                @Parameter(name = "unitType", in = ParameterIn.QUERY, explode = Explode.TRUE,
                        description = "What the values describe (varcat's unit-type list: person, episode, prescription, ...) "
                                + "to keep; repeatable",
                        array = @ArraySchema(schema = @Schema(type = "string", example = "person"))),
                @Parameter(name = "sort", in = ParameterIn.QUERY,
                        description = "Order: relevance (best match first), name, register (then name), changed (latest first)",
                        schema = @Schema(type = "string", allowableValues = {"relevance", "name", "register", "changed"},
                                defaultValue = "relevance")),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = ApiDoc.SIZE,
                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")),
                @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ApiDoc.CURSOR,
                        schema = @Schema(type = "string"))},
            responses = {
                @ApiResponse(responseCode = "200", description = "A page of variables found")})
    @Faults({Fault.BAD_REQUEST, Fault.UNAVAILABLE})
    ResponseEntity<VariableSearchPage> searchVariables(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters query = new QueryParameters(params);
        VariableQuery request = VariableSearchRequest.parse(query, this::registerIri);
        VariableSearchResult result = variables.search(request);
        requireCursorFits(request, result, query);
        String nextCursor = result.hits().size() == request.size() ? result.lastCursor() : null;
        return ApiResponses.ok(new VariableSearchPage(result.total(), representations.items(result.hits(), !request.text().isEmpty()),
                representations.facets(result), result.suggestion(), nextCursor,
                nextCursor == null ? null : Pages.next(links.api("/variables"), params, nextCursor)));
    }

    @GetMapping("/registers")
    @Operation(operationId = "searchRegisters", summary = "Search registers",
            description = "Full-text search over the registers' identifiers, titles, descriptions and publishers; without text, "
                    + "every register by title.",
            parameters = {
                @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text to search for; leave out for every register",
                        schema = @Schema(type = "string", maxLength = QueryParameters.MAX_TEXT), example = "fødsel"),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = ApiDoc.SIZE,
                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")),
                @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ApiDoc.CURSOR,
                        schema = @Schema(type = "string"))},
            responses = {
                @ApiResponse(responseCode = "200", description = "A page of registers found")})
    @Faults({Fault.BAD_REQUEST, Fault.UNAVAILABLE})
    ResponseEntity<RegisterSearchPage> searchRegisters(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        QueryParameters query = new QueryParameters(params);
        String text = query.text("q");
        int size = query.integer("size", 1, VariableSearch.MAX_PAGE_SIZE, VariableSearchRequest.DEFAULT_SIZE);
        String token = query.text("cursor");
        int offset = 0;
        if (!token.isEmpty()) {
            Optional<OffsetCursor> cursor = OffsetCursor.parse(token, MAX_REGISTER_OFFSET);
            if (cursor.isEmpty()) {
                query.invalid("cursor", "is not a cursor this API gave; use nextCursor of a page");
            }
            offset = cursor.map(OffsetCursor::offset).orElse(0);
        }
        query.requireValid();
        RegisterSearchResult result = registers.search(text, offset, size);
        int nextOffset = offset + result.hits().size();
        String nextCursor = nextOffset < result.total() && nextOffset <= MAX_REGISTER_OFFSET && !result.hits().isEmpty()
                ? new OffsetCursor(nextOffset).token() : null;
        return ApiResponses.ok(new RegisterSearchPage(result.total(), result.hits().stream().map(representations::item).toList(),
                nextCursor, nextCursor == null ? null : Pages.next(links.api("/registers"), params, nextCursor)));
    }

    /** A register filter takes the register's id, or its IRI as the search page's URLs carry it. */
    private Optional<String> registerIri(String value) {
        return Iris.isAbsolute(value) ? Optional.of(value) : lookup.iri(ResourceKind.REGISTER, value);
    }

    /** The search falls back to the first page for a cursor that does not fit the order; the API says so instead. */
    static void requireCursorFits(VariableQuery request, VariableSearchResult result, QueryParameters query) {
        if (request.cursor() != null && !result.fromCursor()) {
            query.invalid("cursor", "does not fit this search's sort order; start again without it");
            query.requireValid();
        }
    }
}
