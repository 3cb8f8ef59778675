package no.varcat.harvest;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import no.varcat.catalog.text.Sha256;
import no.varcat.harvest.fetch.FetchSettings;
import no.varcat.harvest.fetch.FetchState;
import no.varcat.harvest.fetch.Fetched;
import no.varcat.harvest.fetch.HttpFetcher;

/**
 * Opens a source location: http(s) through {@link HttpFetcher} (limits, conditional GET,
 * retries), bundled sample data from the classpath, local files only when enabled. A classpath or
 * file source gets a validator too, the digest of its bytes as an entity tag, so that it is
 * "not modified" as an http one is: a start-up that finds the bundled sample data as it was
 * harvested reads none of it.
 */
public final class SourceOpener {

    private final boolean fileUrlsAllowed;
    private final HttpFetcher http;
    private final long maxBytes;

    /** With the standard fetch limits ({@link FetchSettings#defaults()}). */
    public SourceOpener(boolean fileUrlsAllowed) {
        this(fileUrlsAllowed, new HttpFetcher(FetchSettings.defaults()));
    }

    public SourceOpener(boolean fileUrlsAllowed, HttpFetcher http) {
        this.fileUrlsAllowed = fileUrlsAllowed;
        this.http = http;
        this.maxBytes = http.settings().maxBytes();
    }

    /** The size cap of a source, in bytes: what an upload of one is held to as well. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Opens {@code source}, asking an HTTP server for {@code mediaTypes} and only for a newer version
     * than {@code previous} describes.
     *
     * @throws SourceFormatException after recording a fatal issue, when an HTTP fetch fails
     * @throws IOException           when a classpath or file source cannot be opened
     */
    public Fetched open(HarvestSource source, List<String> mediaTypes, FetchState previous, IssueCollector issues) throws IOException {
        URI location = source.location();
        if (HttpFetcher.handles(location)) {
            return http.fetch(source, mediaTypes, previous, issues);
        }
        byte[] bytes;
        try (InputStream in = open(location)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new IOException("The source is larger than the size cap of " + maxBytes + " bytes");
        }
        FetchState state = new FetchState(location, "\"sha256-" + Sha256.hex(bytes, 16) + "\"", null);
        if (previous != null && previous.appliesTo(location) && state.etag().equals(previous.etag())) {
            return new Fetched.Unchanged(previous);
        }
        return new Fetched.Content(new ByteArrayInputStream(bytes), state);
    }

    private InputStream open(URI location) throws IOException {
        return switch (location.getScheme()) {
            case "classpath" -> {
                String path = location.getSchemeSpecificPart().replaceFirst("^/", "");
                InputStream in = SourceOpener.class.getClassLoader().getResourceAsStream(path);
                if (in == null) {
                    throw new FileNotFoundException("No such resource on the classpath: " + path);
                }
                yield in;
            }
            case "file" -> {
                if (!fileUrlsAllowed) {
                    throw new IOException("file: sources are disabled; set varcat.harvest.allow-file-urls=true to enable them");
                }
                yield Files.newInputStream(Path.of(location));
            }
            default -> throw new IOException("Unsupported source location scheme '" + location.getScheme() + "' in " + location);
        };
    }
}
