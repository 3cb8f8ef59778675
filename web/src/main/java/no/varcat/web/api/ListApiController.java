package no.varcat.web.api;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import no.varcat.web.list.ListApi;
import no.varcat.web.system.Problem;

/**
 * A variable list made from its JSON document (docs/list.md), for programs: stateless, no login,
 * no token; the answer names the new list's link, which opens it in any browser. Reading it back:
 * {@code GET /list/{id}.json}.
 */
@RestController
@RequestMapping(ApiLinks.BASE_PATH)
@Tag(name = "lists", description = "Variable lists for a data access application")
class ListApiController {

    /** A full list with long reasons is far below this. */
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final ListApi lists;

    ListApiController(ListApi lists) {
        this.lists = lists;
    }

    @PostMapping(path = "/lists", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createList", summary = "Save a variable list from its JSON document",
            description = "Takes a list as GET /list.json gives it ({\"version\": 1, \"entries\": [{\"type\": \"variable\" or "
                    + "\"concept\", \"iri\", \"from\", \"to\", \"reason\"}]}; label, register, url and link are accepted and "
                    + "ignored) and saves it as a new list. Entries the catalog does not have are left out and counted. A "
                    + "document with any fault stores nothing: 400 naming each field at fault, e.g. entries[2].from.",
            responses = {
                @ApiResponse(responseCode = "201", description = "The list is saved; Location and link open it"),
                @ApiResponse(responseCode = "413", description = "The document is larger than 2 MB",
                        content = @Content(mediaType = ApiDoc.PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class)))})
    @Faults(Faults.Fault.BAD_REQUEST)
    ResponseEntity<?> create(@RequestBody(required = false) byte[] document, HttpServletRequest request) {
        if (document == null || document.length == 0) {
            throw new InvalidParameterException("body", "is empty; send the list's JSON document");
        }
        if (document.length > MAX_BYTES) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 2 MB").parameter("body")
                    .instance(request.getRequestURI()).response();
        }
        ListApi.Created created = lists.create(document);
        return ResponseEntity.created(URI.create(created.link())).cacheControl(CacheControl.noStore()).body(created);
    }

    @ExceptionHandler(no.varcat.web.list.SavedLists.StoreFullException.class)
    ResponseEntity<ProblemDetail> full(RuntimeException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "No room for more lists now").instance(request.getRequestURI())
                .retryAfter(3600).response();
    }

    @ExceptionHandler(ListApi.RefusedException.class)
    ResponseEntity<ProblemDetail> refused(ListApi.RefusedException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.BAD_REQUEST, "The list document has faults; nothing was stored").instance(request.getRequestURI())
                .property(ApiProblems.INVALID_PARAMS, e.faults().stream().map(f -> new InvalidParam(f.field(), f.reason())).toList())
                .response();
    }
}
