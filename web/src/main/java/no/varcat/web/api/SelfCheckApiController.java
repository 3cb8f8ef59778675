package no.varcat.web.api;

import java.io.IOException;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.varcat.web.selfcheck.SelfCheck;
import no.varcat.web.selfcheck.SelfCheckReport;
import no.varcat.web.selfcheck.SelfCheckRequest;

/**
 * A register's self-check: what a harvest of its file or address would give, with nothing stored.
 * A POST, as it reads a body and may fetch; it changes nothing, so it needs no login or token.
 */
@RestController
@RequestMapping(ApiLinks.BASE_PATH)
@Tag(name = "self-check", description = "Check a register's metadata file before it is published, without storing anything")
class SelfCheckApiController {

    private final SelfCheck selfCheck;

    SelfCheckApiController(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    @PostMapping(path = "/self-check", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "selfCheck", summary = "Check a metadata file without storing it",
            description = "Reads an uploaded file (multipart part 'file') or what an http(s) address serves ('url') as a harvest "
                    + "would, with the same size cap, time limits and address guard, and reports what would land: parse "
                    + "problems with line and column, the registers and variables, the registers left out and why, the "
                    + "profile's warnings, and the quality score each register would get with what would gain points. "
                    + "Nothing is stored or indexed. An address may also be sent as JSON (application/json): "
                    + "{\"url\": ..., \"format\": ..., \"preset\": ..., \"columns\": ..., \"register\": ...}.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The report (also when the file cannot be read: see wouldLand and issues)"),
                @ApiResponse(responseCode = "400", description = ApiDoc.BAD_REQUEST,
                        content = @Content(mediaType = ApiDoc.PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class))),
                @ApiResponse(responseCode = "413", description = "The upload is larger than the size cap",
                        content = @Content(mediaType = ApiDoc.PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class))),
                @ApiResponse(responseCode = "429", description = "Other self-checks are running; Retry-After says when to try again",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
                        content = @Content(mediaType = ApiDoc.PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class)))})
    ResponseEntity<SelfCheckReport> check(
            @Parameter(description = "The file to check (multipart/form-data); leave out when giving url") @RequestParam(required = false)
            MultipartFile file,
            @Parameter(description = "An http(s) address to fetch and check; leave out when uploading a file",
                    example = "https://example.org/katalog.ttl") @RequestParam(required = false) String url,
            @Parameter(description = "The format to read it as, as a source's format", example = "turtle")
            @RequestParam(required = false) String format,
            @Parameter(description = "The layout, for formats that have several (codebook-csv: plain or kodebok)", example = "plain")
            @RequestParam(required = false) String preset,
            @Parameter(description = "A codebook's own column names over its preset", example = "name=Variabelnavn;label=Etikett")
            @RequestParam(required = false) String columns,
            @Parameter(description = "The register a codebook or coverage file describes (an IRI); a stand-in when left out")
            @RequestParam(required = false) String register) throws IOException {
        return run(new SelfCheckRequest(url, file == null ? null : file.getBytes(), file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getContentType(), format, preset, columns, register));
    }

    /** The same check of an address, asked as JSON; described with the form's operation, which names the same fields. */
    @Hidden
    @PostMapping(path = "/self-check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SelfCheckReport> checkJson(@RequestBody SelfCheckJson body) {
        return run(new SelfCheckRequest(body.url(), null, null, null, body.format(), body.preset(), body.columns(), body.register()));
    }

    /** A JSON request: an address only, as a file travels in a multipart body. */
    record SelfCheckJson(String url, String format, String preset, String columns, String register) {
    }

    private ResponseEntity<SelfCheckReport> run(SelfCheckRequest request) {
        List<SelfCheckRequest.Problem> problems = request.problems(selfCheck.formats());
        if (!problems.isEmpty()) {
            throw new InvalidParameterException(problems.stream().map(p -> new InvalidParam(p.parameter(), p.reason())).toList());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(selfCheck.run(request));
    }
}
