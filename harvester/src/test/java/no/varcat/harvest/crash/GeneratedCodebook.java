package no.varcat.harvest.crash;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.varcat.harvest.HarvestSource;

/**
 * A plain CSV codebook of many variables, in two versions: every label of version A says "A", every
 * label of version B says "B"; B drops every tenth variable of A and adds as many new ones. So a
 * source graph holding labels of both versions, or the variable count of neither, is a mix.
 */
final class GeneratedCodebook {

    static final String REGISTER = "https://test.varcat.no/crash/register";
    static final String SOURCE_ID = "crash-codebook";

    private GeneratedCodebook() {
    }

    static HarvestSource source(Path file) {
        return new HarvestSource(SOURCE_ID, file.toUri(), "codebook-csv", "Generert kodebok", REGISTER, "plain");
    }

    /** The variables' numbers in {@code version} of a codebook of {@code size} variables. */
    static int[] numbers(char version, int size) {
        if (version == 'A') {
            return java.util.stream.IntStream.range(0, size).toArray();
        }
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, size).filter(i -> i % 10 != 0),
                java.util.stream.IntStream.range(size, size + size / 10)).toArray();
    }

    static Path write(Path file, char version, int size) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name,label,description,type,values,label_en,description_en,from_year,to_year,unit\n");
            for (int i : numbers(version, size)) {
                out.write("V" + i + "," + version + " variabel " + i + ",Versjon " + version + " av variabel " + i
                        + ".,integer,," + version + " variable " + i + ",,2000,,\n");
            }
        }
        return file;
    }

    static URI variable(int number) {
        return URI.create(REGISTER + "/variable/V" + number);
    }
}
