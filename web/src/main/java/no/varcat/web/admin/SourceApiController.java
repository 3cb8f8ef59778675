package no.varcat.web.admin;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.web.admin.SourceJson.RunJson;
import no.varcat.web.harvest.SourceCatalog.SourceManagedElsewhereException;
import no.varcat.web.harvest.SourcesFileException;
import no.varcat.web.system.Problem;

/**
 * The admin JSON API for sources: list, read, create or replace (PUT, idempotent), import a CSV,
 * delete, "harvest now" and the run history. Behind HTTP Basic (see SecurityConfiguration). Faults are RFC 9457
 * problem details; a refused source lists each field's fault under {@code errors}.
 */
@RestController
@RequestMapping("/api/admin/sources")
class SourceApiController {

    private final SourceAdministration administration;
    private final SourceInputValidator validator;
    private final SourceImport sourceImport;

    SourceApiController(SourceAdministration administration, SourceInputValidator validator, SourceImport sourceImport) {
        this.administration = administration;
        this.validator = validator;
        this.sourceImport = sourceImport;
    }

    @GetMapping
    List<SourceJson> list() {
        return administration.all().stream().map(SourceJson::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return administration.find(id).<ResponseEntity<?>>map(s -> ResponseEntity.ok(SourceJson.of(s)))
                .orElseGet(() -> notFound(id));
    }

    @GetMapping("/{id}/runs")
    ResponseEntity<?> runs(@PathVariable String id) {
        return administration.find(id).<ResponseEntity<?>>map(s -> ResponseEntity.ok(s.runs().stream().map(RunJson::of).toList()))
                .orElseGet(() -> notFound(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> put(@PathVariable String id, @RequestBody SourceInput body) {
        SourceInput input = body;
        input.setId(id);
        BindingResult errors = new BeanPropertyBindingResult(input, "source");
        validator.validate(input, errors);
        if (errors.hasErrors()) {
            return Problem.of(HttpStatus.BAD_REQUEST, "The source has faults; see errors").property("errors", errors.getFieldErrors()
                    .stream().map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))).toList())
                    .response();
        }
        boolean existed = administration.exists(id);
        try {
            administration.save(input.toRegisteredSource());
        } catch (SourceManagedElsewhereException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage());
        }
        SourceJson saved = SourceJson.of(administration.find(id).orElseThrow());
        return existed ? ResponseEntity.ok(saved) : ResponseEntity.created(URI.create("/api/admin/sources/" + id)).body(saved);
    }

    /**
     * Registers the sources of a CSV (the columns of the sources file; see {@link SourceImport}):
     * 200 with each row's outcome, the refused ones with their faults by column; 400 naming the line
     * and column when the file as a whole cannot be read, 413 past {@link SourceImport#MAX_BYTES}.
     */
    @PostMapping(path = "/import", consumes = "text/csv")
    ResponseEntity<?> importCsv(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > SourceImport.MAX_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, new SourceImport.TooLargeException().getMessage());
        }
        try {
            return ResponseEntity.ok(ImportJson.of(sourceImport.run(request.getInputStream(), "The CSV")));
        } catch (SourceImport.TooLargeException e) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        } catch (SourceImport.NotUtf8Exception e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (SourcesFileException e) {
            Problem problem = Problem.of(HttpStatus.BAD_REQUEST, e.getMessage());
            if (e.line() > 0) {
                problem.property("line", e.line());
            }
            if (e.column() > 0) {
                problem.property("column", e.column());
            }
            return problem.response();
        }
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> delete(@PathVariable String id) {
        try {
            return administration.delete(id) ? ResponseEntity.noContent().build() : notFound(id);
        } catch (SourceManagedElsewhereException | SourceAdministration.SourceBusyException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    /** 202 when a run was started; 409 when one is asked for or going on already (nothing more is started). */
    @PostMapping("/{id}/harvest")
    ResponseEntity<?> harvest(@PathVariable String id) {
        if (!administration.exists(id)) {
            return notFound(id);
        }
        try {
            return administration.harvestNow(id)
                    ? ResponseEntity.accepted().location(URI.create("/api/admin/sources/" + id + "/runs")).body(Map.of("started", true))
                    : problem(HttpStatus.CONFLICT, "The source '" + id + "' is being harvested already");
        } catch (IllegalStateException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            // Deleted since the check above.
            return notFound(id);
        }
    }

    private static ResponseEntity<ProblemDetail> notFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "No source has the id '" + id + "'");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return Problem.of(status, detail).response();
    }
}
