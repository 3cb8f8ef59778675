package no.varcat.web.api;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** Successful reads: cacheable for a minute, then revalidated by ETag (the harvest can change anything). */
final class ApiResponses {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private ApiResponses() {
    }

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }
}
