package no.varcat.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import no.varcat.sample.SampleSource;

/**
 * A catalog an earlier run of the harness generated and loaded: its sources (from the generator's
 * manifest) and its size, for measuring an application loaded before without loading it again.
 */
record LoadedCatalog(Path directory, List<SampleSource> sources, long bytes) {

    static LoadedCatalog read(Path directory) throws IOException {
        List<SampleSource> sources = Files.readAllLines(directory.resolve("sources.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",", 6))
                .map(c -> new SampleSource(c[0], c[1], c[2], c[3].isEmpty() ? null : c[3], c[4].isEmpty() ? null : c[4], c[5])).toList();
        try (Stream<Path> files = Files.walk(directory)) {
            return new LoadedCatalog(directory, sources, files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum());
        }
    }

    /** The port the catalog's sources were registered with, so that it can be served there again. */
    static int registeredPort(VarcatClient client) throws IOException, InterruptedException {
        return URI.create(client.sources().get(0).path("location").asString()).getPort();
    }
}
