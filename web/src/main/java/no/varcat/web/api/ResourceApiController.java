package no.varcat.web.api;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceLookup;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSearchResult;
import no.varcat.catalog.variable.CodeList;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.api.Faults.Fault;

/**
 * Registers, variables and code lists by the ids of their URLs. Each read is bounded by the
 * resource: a register's variables come a page at a time from the index, never all at once.
 */
@RestController
@RequestMapping(ApiLinks.BASE_PATH)
@Tag(name = "resources", description = "Registers, variables, code lists, coverage and quality indicators by id")
class ResourceApiController {

    private final ResourceLookup lookup;
    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final VariableSearch search;
    private final CoverageRepository coverage;
    private final QualityIndicatorRepository indicators;
    private final Representations representations;
    private final ApiLinks links;
    private final RegisterVariableCount variableCount;

    ResourceApiController(ResourceLookup lookup, RegisterRepository registers, VariableRepository variables, VariableSearch search,
            CoverageRepository coverage, QualityIndicatorRepository indicators, Representations representations, ApiLinks links,
            RegisterVariableCount variableCount) {
        this.variableCount = variableCount;
        this.lookup = lookup;
        this.registers = registers;
        this.variables = variables;
        this.search = search;
        this.coverage = coverage;
        this.indicators = indicators;
        this.representations = representations;
        this.links = links;
    }

    @GetMapping("/registers/{id}")
    @Operation(operationId = "getRegister", summary = "A register",
            description = "A register with its publisher, contact, legal basis, access rights, years and themes.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The register")})
    @Faults({Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<RegisterJson> register(@Parameter(description = ApiDoc.ID, example = "fhi-mfr-4dc71d01") @PathVariable String id) {
        RegisterDetails details = registerDetails(id);
        return ApiResponses.ok(representations.register(details, variableCount.of(details.summary().iri())));
    }

    @GetMapping("/registers/{id}/variables")
    @Operation(operationId = "listRegisterVariables", summary = "A register's variables",
            description = "The register's variables by name, a page at a time; pass nextCursor (or follow next) for the page after.",
            parameters = {
                @Parameter(name = "size", in = ParameterIn.QUERY, description = ApiDoc.SIZE,
                        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")),
                @Parameter(name = "cursor", in = ParameterIn.QUERY, description = ApiDoc.CURSOR, schema = @Schema(type = "string"))},
            responses = {
                @ApiResponse(responseCode = "200", description = "A page of the register's variables")})
    @Faults({Fault.BAD_REQUEST, Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<VariablePage> registerVariables(@Parameter(description = ApiDoc.ID, example = "fhi-mfr-4dc71d01") @PathVariable String id,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        String iri = iri(ResourceKind.REGISTER, id);
        QueryParameters query = new QueryParameters(params);
        VariableQuery request = VariableSearchRequest.ofRegister(query, iri);
        VariableSearchResult result = search.search(request);
        SearchApiController.requireCursorFits(request, result, query);
        RegisterDetails register = registers.find(iri).orElseThrow(() -> new ResourceNotFoundException(ResourceKind.REGISTER, id));
        String nextCursor = result.hits().size() == request.size() ? result.lastCursor() : null;
        return ApiResponses.ok(new VariablePage(representations.register(iri, register.summary().title()), result.total(),
                representations.items(result.hits(), false), nextCursor,
                nextCursor == null ? null : Pages.next(links.api(ResourceKind.REGISTER, iri) + "/variables", params, nextCursor)));
    }

    @GetMapping("/registers/{id}/coverage")
    @Operation(operationId = "getRegisterCoverage", summary = "A register's coverage",
            description = "The register's national coverage rate per year (published, or pooled from its units) and every "
                    + "rate it publishes, per hospital, health trust or region where it gives them.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The register's coverage; empty lists when it publishes none")})
    @Faults({Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<CoverageJson> registerCoverage(@Parameter(description = ApiDoc.ID, example = "fhi-mfr-4dc71d01") @PathVariable String id) {
        RegisterDetails register = registerDetails(id);
        String iri = register.summary().iri();
        return ApiResponses.ok(representations.coverage(representations.register(iri, register.summary().title()),
                coverage.forResource(iri)));
    }

    @GetMapping("/registers/{id}/indicators")
    @Operation(operationId = "listRegisterIndicators", summary = "A register's quality indicators",
            description = "The quality indicators computed from the register, with their target levels and every measurement "
                    + "(per year and reporting unit).",
            responses = {
                @ApiResponse(responseCode = "200", description = "The register's indicators; an empty list when it has none")})
    @Faults({Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<IndicatorsJson> registerIndicators(@Parameter(description = ApiDoc.ID, example = "fhi-mfr-4dc71d01") @PathVariable String id) {
        RegisterDetails register = registerDetails(id);
        String iri = register.summary().iri();
        List<IndicatorsJson.Indicator> items = indicators.forRegister(iri).stream()
                .map(i -> representations.indicator(i, indicators.measurements(i.iri()))).toList();
        return ApiResponses.ok(new IndicatorsJson(representations.register(iri, register.summary().title()), items));
    }

    @GetMapping("/variables/{id}")
    @Operation(operationId = "getVariable", summary = "A variable",
            description = "A variable with its register, years, value domain and, when its values are codes, its code list.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The variable")})
    @Faults({Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<VariableJson> variable(@Parameter(description = ApiDoc.ID, example = "mfr-vekt-9907ed3b") @PathVariable String id) {
        VariableDetails details = variables.find(iri(ResourceKind.VARIABLE, id))
                .orElseThrow(() -> new ResourceNotFoundException(ResourceKind.VARIABLE, id));
        return ApiResponses.ok(representations.variable(details));
    }

    @GetMapping("/codelists/{id}")
    @Operation(operationId = "getCodeList", summary = "A code list", description = "A code list with its codes.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The code list")})
    @Faults({Fault.NOT_FOUND, Fault.UNAVAILABLE})
    ResponseEntity<CodeListJson> codeList(@Parameter(description = ApiDoc.ID, example = "mfr-kjonn-ac07dd52") @PathVariable String id) {
        CodeList list = variables.findCodeList(iri(ResourceKind.CODE_LIST, id))
                .orElseThrow(() -> new ResourceNotFoundException(ResourceKind.CODE_LIST, id));
        return ApiResponses.ok(representations.codeList(list.iri(), list.label(), list.codes()));
    }

    /** Any other path under the API answers a problem, like the rest of the API, rather than the site's error page. */
    @Hidden
    @GetMapping("/**")
    ResponseEntity<Void> unknownPath() {
        throw new UnknownPathException();
    }

    private RegisterDetails registerDetails(String id) {
        return registers.find(iri(ResourceKind.REGISTER, id)).orElseThrow(() -> new ResourceNotFoundException(ResourceKind.REGISTER, id));
    }

    private String iri(ResourceKind kind, String id) {
        return lookup.iri(kind, id).orElseThrow(() -> new ResourceNotFoundException(kind, id));
    }
}
