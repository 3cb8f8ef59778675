package no.varcat.harvest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The locations one fetch has gone through. Redirects are followed here rather than by the JDK
 * client, so that a loop is named, the count is ours ({@value FetchSettings#MAX_REDIRECTS} at
 * most) and a redirect can only lead to another http(s) location.
 */
final class RedirectChain {

    private final List<URI> visited = new ArrayList<>();

    RedirectChain(URI start) {
        visited.add(start.normalize());
    }

    URI current() {
        return visited.get(visited.size() - 1);
    }

    URI start() {
        return visited.get(0);
    }

    /** Moves to where a redirect response points. */
    URI follow(int status, Optional<String> location) throws FetchFailure {
        URI from = current();
        if (location.isEmpty()) {
            throw new FetchFailure(HttpStatus.describe(status) + " redirect without a Location from " + from);
        }
        URI to;
        try {
            to = from.resolve(new URI(location.get().strip())).normalize();
        } catch (URISyntaxException e) {
            throw new FetchFailure(HttpStatus.describe(status) + " from " + from + " redirects to a malformed location: " + location.get());
        }
        if (!HttpFetcher.handles(to)) {
            throw new FetchFailure("Redirect from " + from + " to " + to + " refused: only http and https locations are followed");
        }
        boolean loop = visited.contains(to);
        visited.add(to);
        if (loop) {
            throw new FetchFailure("redirect loop: " + path());
        }
        if (visited.size() - 1 > FetchSettings.MAX_REDIRECTS) {
            throw new FetchFailure("more than " + FetchSettings.MAX_REDIRECTS + " redirects: " + path());
        }
        return to;
    }

    /** Whether {@code target} has the scheme, host and port the fetch started at: credentials go nowhere else. */
    boolean sameOriginAsStart(URI target) {
        URI start = start();
        return start.getScheme().equalsIgnoreCase(target.getScheme()) && start.getHost().equalsIgnoreCase(target.getHost())
                && port(start) == port(target);
    }

    private String path() {
        return visited.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
