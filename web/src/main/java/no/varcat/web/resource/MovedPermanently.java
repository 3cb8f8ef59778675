package no.varcat.web.resource;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 301 to a resource's own URL, for the addresses pages had before. */
public final class MovedPermanently {

    private MovedPermanently() {
    }

    public static ResponseEntity<Void> to(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
    }
}
