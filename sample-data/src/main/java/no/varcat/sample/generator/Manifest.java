package no.varcat.sample.generator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import no.varcat.sample.SampleSource;

/**
 * {@code sources.csv} in the layout of sample-data's own manifest ({@code id,file,format,preset,
 * register,title}), so code that loads the sample catalog loads a generated one too. Only the
 * title, which comes last, may hold commas; the other cells never do.
 */
final class Manifest {

    static final String HEADER = "id,file,format,preset,register,title\n";

    private Manifest() {
    }

    static void write(Writer out, List<SampleSource> sources) throws IOException {
        out.write(HEADER);
        for (SampleSource s : sources) {
            out.write(String.join(",", s.id(), s.file(), s.format(), blank(s.preset()), blank(s.register()), s.title()) + "\n");
        }
    }

    private static String blank(String cell) {
        return cell == null ? "" : cell;
    }
}
