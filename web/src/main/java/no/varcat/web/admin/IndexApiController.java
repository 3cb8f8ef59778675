package no.varcat.web.admin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import no.varcat.web.system.Problem;

/**
 * The admin JSON API for the search indices: {@code POST /api/admin/index/rebuild} starts a full
 * rebuild in the background (202; 409 while one goes on), {@code GET /api/admin/index} says how
 * the rebuild going on and the last one went.
 */
@RestController
@RequestMapping("/api/admin/index")
class IndexApiController {

    private final IndexRebuilds rebuilds;

    IndexApiController(IndexRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    Map<String, Object> status() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rebuilding", rebuilds.going().isPresent());
        json.put("rebuildStarted", rebuilds.going().map(IndexRebuilds.Rebuild::started).orElse(null));
        json.put("lastRebuild", rebuilds.last().map(IndexApiController::json).orElse(null));
        return json;
    }

    @PostMapping("/rebuild")
    ResponseEntity<?> rebuild() {
        try {
            if (rebuilds.start()) {
                return ResponseEntity.accepted().location(URI.create("/api/admin/index")).body(Map.of("started", true));
            }
            return problem("A rebuild of the search indices is going on already");
        } catch (IllegalStateException e) {
            return problem(e.getMessage());
        }
    }

    private static Map<String, Object> json(IndexRebuilds.Rebuild rebuild) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", rebuild.started());
        json.put("finished", rebuild.finished());
        json.put("outcome", rebuild.succeeded() ? "SUCCEEDED" : "FAILED");
        json.put("variables", rebuild.succeeded() ? rebuild.indexed().variables() : null);
        json.put("registers", rebuild.succeeded() ? rebuild.indexed().registers() : null);
        json.put("error", rebuild.error());
        return json;
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        return Problem.of(HttpStatus.CONFLICT, detail).response();
    }
}
