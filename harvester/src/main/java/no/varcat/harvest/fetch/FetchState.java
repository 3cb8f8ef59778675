package no.varcat.harvest.fetch;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a successful HTTP fetch of a source tells the next one, for a conditional GET: the
 * validators the server sent ({@code ETag}, {@code Last-Modified}) and the location they belong to.
 * The caller passes it to {@code Harvester.harvest(source, state)} and keeps
 * {@code HarvestReport.fetchState()} for the next run ({@code schedule.FetchStates} does). A
 * successful run records it with its data in the run log, where {@code HarvestHistory.lastFetchState}
 * finds it after a restart.
 *
 * @param location     the source location the validators were fetched from; null when none
 * @param etag         the {@code ETag} header as sent, quotes and {@code W/} included; or null
 * @param lastModified the {@code Last-Modified} header as sent (an HTTP date); or null
 */
public record FetchState(URI location, String etag, String lastModified) {

    /** Nothing known: the next fetch is unconditional. */
    public static final FetchState NONE = new FetchState(null, null, null);

    public FetchState {
        // The values go back into request headers; a tampered store must not inject headers.
        requireHeaderText(etag, "etag");
        requireHeaderText(lastModified, "lastModified");
    }

    /** Whether a fetch of {@code target} can be made conditional on this state. */
    public boolean appliesTo(URI target) {
        return location != null && location.equals(target) && (etag != null || lastModified != null);
    }

    static FetchState of(URI location, Function<String, Optional<String>> header) {
        return new FetchState(location, header.apply("ETag").orElse(null), header.apply("Last-Modified").orElse(null));
    }

    private static void requireHeaderText(String value, String name) {
        if (value != null && (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7F))) {
            throw new IllegalArgumentException("A fetch state's " + name + " must be a non-blank header value without control characters");
        }
    }
}
