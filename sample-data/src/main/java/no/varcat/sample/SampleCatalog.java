package no.varcat.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of the sample catalog, {@code sources.csv}: {@code id,file,format,preset,register,title}.
 * The title comes last so that it may contain commas; the other cells never do.
 */
public final class SampleCatalog {

    public static final String FOLDER = "no/varcat/sample/";
    private static final String MANIFEST = FOLDER + "sources.csv";
    private static final int COLUMNS = 6;

    private SampleCatalog() {
    }

    public static List<SampleSource> sources() {
        try (InputStream in = SampleCatalog.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("The sample catalog manifest " + MANIFEST + " is not on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<SampleSource> sources = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    sources.add(parse(lines.get(i), i + 1));
                }
            }
            return List.copyOf(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SampleSource parse(String line, int number) {
        String[] cells = line.split(",", COLUMNS);
        if (cells.length < COLUMNS) {
            throw new IllegalStateException(MANIFEST + " line " + number + ": expected id,file,format,preset,register,title, got: " + line);
        }
        return new SampleSource(cells[0].strip(), cells[1].strip(), cells[2].strip(), blankToNull(cells[3]),
                blankToNull(cells[4]), cells[5].strip());
    }

    private static String blankToNull(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }
}
