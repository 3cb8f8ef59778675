package no.varcat.web.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import no.varcat.harvest.HarvestSource;

/**
 * The sample catalog bundled in the sample-data module, listed in its sources.csv
 * (id,file,format,title).
 */
final class SampleSources {

    static final String FOLDER = "no/varcat/sample/";

    private SampleSources() {
    }

    static List<HarvestSource> list() {
        try (InputStream in = SampleSources.class.getClassLoader().getResourceAsStream(FOLDER + "sources.csv")) {
            if (in == null) {
                throw new IllegalStateException("The sample data (" + FOLDER + "sources.csv) is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(SampleSources::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HarvestSource parse(String line) {
        String[] cells = line.split(",", 4);
        if (cells.length < 4) {
            throw new IllegalStateException("sources.csv: expected id,file,format,title in line: " + line);
        }
        return new HarvestSource(cells[0].strip(), URI.create("classpath:" + FOLDER + cells[1].strip()),
                cells[2].strip(), cells[3].strip());
    }
}
