package no.varcat.web.compaction;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.varcat.web.system.Problem;

/**
 * The admin JSON API for the store's upkeep: {@code GET /api/admin/store} says how many bytes the
 * store takes on disk and how the compaction going on and the last one went; {@code POST
 * /api/admin/store/compact} starts a compaction in the background (202; 409 while one goes on).
 */
@RestController
@RequestMapping("/api/admin/store")
class CompactionApiController {

    private final StoreCompactions compactions;

    CompactionApiController(StoreCompactions compactions) {
        this.compactions = compactions;
    }

    @GetMapping
    Map<String, Object> status() {
        Map<String, Object> json = new LinkedHashMap<>();
        var bytes = compactions.bytesOnDisk();
        json.put("bytesOnDisk", bytes.isPresent() ? bytes.getAsLong() : null);
        // Asked once: a compaction may end between two asks, and the answer would then contradict itself.
        var going = compactions.going();
        json.put("compacting", going.isPresent());
        json.put("compactionStarted", going.map(StoreCompactions.Compaction::started).orElse(null));
        json.put("lastCompaction", compactions.last().map(CompactionApiController::json).orElse(null));
        return json;
    }

    @PostMapping("/compact")
    ResponseEntity<?> compact() {
        try {
            if (compactions.start("an admin asked for it")) {
                return ResponseEntity.accepted().location(URI.create("/api/admin/store")).body(Map.of("started", true));
            }
            return Problem.of(HttpStatus.CONFLICT, "A compaction of the store is going on already").response();
        } catch (IllegalStateException e) {
            return Problem.of(HttpStatus.CONFLICT, e.getMessage()).response();
        }
    }

    private static Map<String, Object> json(StoreCompactions.Compaction compaction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", compaction.started());
        json.put("finished", compaction.finished());
        json.put("reason", compaction.reason());
        json.put("outcome", compaction.succeeded() ? "SUCCEEDED" : "FAILED");
        json.put("bytesBefore", compaction.bytesBefore());
        json.put("bytesAfter", compaction.bytesAfter());
        json.put("error", compaction.error());
        return json;
    }
}
