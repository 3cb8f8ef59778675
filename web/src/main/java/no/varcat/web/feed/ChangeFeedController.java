package no.varcat.web.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import no.varcat.web.system.Problem;

/**
 * The change feed: {@code /changes.atom} (also {@code /changes}) is the subscription document,
 * {@code /changes/archive/{page}} the archives; {@code register} and {@code publisher} filter both.
 * See docs/feed.md. A request the feed cannot answer gets problem+json naming the parameter.
 */
@RestController
class ChangeFeedController {

    private static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    /** An archive never changes; the subscription document may at any harvest. */
    private static final CacheControl ARCHIVED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl CURRENT = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    /** Pages are numbered from 1; a number longer than this is no page the log will reach. */
    private static final int MAX_PAGE_DIGITS = 15;

    private final ChangeFeed feed;
    private final FeedFilters filters;

    ChangeFeedController(ChangeFeed feed, FeedFilters filters) {
        this.feed = feed;
        this.filters = filters;
    }

    @GetMapping({"/changes.atom", "/changes"})
    ResponseEntity<String> subscription(@RequestParam(required = false) String register, @RequestParam(required = false) String publisher) {
        FeedLinks links = new FeedLinks(base(), filters.parse(register, publisher));
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CURRENT).body(atom(feed.subscription(links)));
    }

    @GetMapping("/changes/archive/{page}")
    ResponseEntity<String> archive(@PathVariable String page, @RequestParam(required = false) String register,
            @RequestParam(required = false) String publisher) {
        long number = page(page);
        FeedLinks links = new FeedLinks(base(), filters.parse(register, publisher));
        return ResponseEntity.ok().contentType(ATOM).cacheControl(ARCHIVED).body(atom(feed.archive(number, links)));
    }

    @ExceptionHandler(FeedRequestException.class)
    ResponseEntity<ProblemDetail> refused(FeedRequestException e) {
        return Problem.of(e.status(), e.getMessage()).parameter(e.parameter()).response();
    }

    private static long page(String page) {
        if (page.isEmpty() || page.length() > MAX_PAGE_DIGITS || !page.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(page) < 1) {
            throw new FeedRequestException(HttpStatus.BAD_REQUEST, "page", "An archive page is a whole number from 1");
        }
        return Long.parseLong(page);
    }

    /** Where the reader reached us, so that the feed's links work behind whatever address it used. */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String atom(Feed document) {
        try {
            return new WireFeedOutput().outputString(document, false);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the change feed", e);
        }
    }
}
