package no.varcat.harvest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a source location. Bundled sample data is read from the classpath; local files only
 * when enabled. HTTP fetching with limits, conditional GET and retries is its own component.
 */
public final class SourceOpener {

    private final boolean fileUrlsAllowed;

    public SourceOpener(boolean fileUrlsAllowed) {
        this.fileUrlsAllowed = fileUrlsAllowed;
    }

    public InputStream open(URI location) throws IOException {
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
