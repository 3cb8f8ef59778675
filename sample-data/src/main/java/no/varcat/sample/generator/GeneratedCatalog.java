package no.varcat.sample.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.varcat.sample.SampleSource;

/**
 * What the generator wrote: the files (in manifest order) and the manifest.
 *
 * @param manifest the {@code sources.csv} listing every file, in sample-data's layout
 */
public record GeneratedCatalog(Path directory, Path manifest, CatalogSpec spec, int registers, List<GeneratedFile> files,
        long manifestBytes) {

    public GeneratedCatalog {
        files = List.copyOf(files);
    }

    public List<SampleSource> sources() {
        return files.stream().map(GeneratedFile::source).toList();
    }

    public long variables() {
        return files.stream().mapToLong(GeneratedFile::variables).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(GeneratedFile::bytes).sum() + manifestBytes;
    }

    /** A table with a line per kind of file: how many, how many variables in them, how large; then the manifest. */
    public List<String> summary() {
        Map<String, long[]> byKind = new LinkedHashMap<>();
        for (GeneratedFile file : files) {
            long[] totals = byKind.computeIfAbsent(file.kind(), kind -> new long[3]);
            totals[0]++;
            totals[1] += file.variables();
            totals[2] += file.bytes();
        }
        List<String> lines = new ArrayList<>();
        lines.add(line("kind", "files", "variables", "size"));
        byKind.forEach((kind, t) -> lines.add(line(kind, t[0], t[1], size(t[2]))));
        lines.add(line("manifest", 1, "", size(manifestBytes)));
        lines.add(line("total", files.size() + 1, variables(), size(bytes())));
        return lines;
    }

    private static String line(Object kind, Object files, Object variables, Object size) {
        return String.format(Locale.ROOT, "  %-22s %6s %10s %10s", kind, files, variables, size);
    }

    /** Bytes as megabytes with one decimal, by integer arithmetic: "12.3 MB". */
    static String size(long bytes) {
        long tenths = (bytes + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10 + " MB";
    }
}
