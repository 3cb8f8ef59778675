package no.varcat.sample.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.varcat.sample.SampleSource;

/**
 * Writes a synthetic catalog into a directory: per register a folder with its DCAT-AP-NO
 * description, its variables spread over Turtle, DDI-Codebook, kodebok and plain CSV files, and
 * (quality registers) its SKDE coverage file; then the national registers' coverage, the
 * indicators, and {@code sources.csv} listing it all in sample-data's manifest layout.
 *
 * <p>Variables are made and written one at a time, so memory does not grow with the catalog.
 * Output depends on the spec only: the same spec gives the same bytes, on any machine.
 */
public final class CatalogGenerator {

    public static final String MANIFEST = "sources.csv";
    private static final long DDI_STREAM = 6;
    private static final int BUFFER = 1 << 16;

    private final CatalogSpec spec;

    public CatalogGenerator(CatalogSpec spec) {
        this.spec = spec;
    }

    /** @param directory created if missing; must be empty, so no file of an earlier run is mistaken for part of this one */
    public GeneratedCatalog generate(Path directory) throws IOException {
        prepare(directory);
        List<Register> registers = new RegisterPlanner(spec).plan();
        List<GeneratedFile> files = new ArrayList<>();
        List<Register> nationals = new ArrayList<>();
        for (Register register : registers) {
            Files.createDirectories(directory.resolve(register.slug()));
            files.add(description(directory, register));
            files.addAll(variables(directory, register));
            if (register.national()) {
                nationals.add(register);
            } else {
                String file = register.slug() + "/coverage.csv";
                try (Writer out = open(directory.resolve(file))) {
                    new CoverageWriter(spec).writeSkde(out, register);
                }
                files.add(written(directory, new SampleSource(register.slug() + "-coverage", file, "coverage-csv", "skde",
                        register.iri(), register.nameNb() + ": dekningsgrad (SKDE)"), 0));
            }
        }
        if (!nationals.isEmpty()) {
            try (Writer out = open(directory.resolve("coverage-national.csv"))) {
                new CoverageWriter(spec).writePlain(out, nationals);
            }
            files.add(written(directory, new SampleSource("coverage-national", "coverage-national.csv", "coverage-csv", "plain",
                    null, "Dekningsgrad for nasjonale helseregistre"), 0));
        }
        try (Writer out = open(directory.resolve("indicators.json"))) {
            new IndicatorWriter(spec).write(out, registers);
        }
        files.add(written(directory, new SampleSource("indicators", "indicators.json", "indicator-json", null, null,
                "Kvalitetsindikatorer for registrene"), 0));
        Path manifest = directory.resolve(MANIFEST);
        try (Writer out = open(manifest)) {
            Manifest.write(out, files.stream().map(GeneratedFile::source).toList());
        }
        return new GeneratedCatalog(directory, manifest, spec, registers.size(), files, Files.size(manifest));
    }

    private GeneratedFile description(Path directory, Register register) throws IOException {
        String file = register.slug() + "/dcat.ttl";
        try (Writer out = open(directory.resolve(file))) {
            new DcatWriter(spec).write(out, register);
        }
        return written(directory, new SampleSource(register.slug() + "-dcat", file, "turtle", null, null, register.nameNb()), 0);
    }

    /** The register's variables, format by format, each format in files of at most the spec's maximum. */
    private List<GeneratedFile> variables(Path directory, Register register) throws IOException {
        VariableFactory factory = new VariableFactory(register, spec);
        List<GeneratedFile> files = new ArrayList<>();
        for (VariableFormat format : VariableFormat.values()) {
            int[] chunks = Allocation.chunks(register.variables(format), spec.maxVariablesPerFile());
            for (int i = 0; i < chunks.length; i++) {
                int part = i + 1;
                String file = register.slug() + "/" + format.fileName(part);
                try (VariableWriter writer = writer(format, open(directory.resolve(file)), register, part)) {
                    for (int n = 0; n < chunks[i]; n++) {
                        writer.write(factory.next());
                    }
                }
                // DDI names its study; the register is given anyway so its variables join the register's description.
                SampleSource source = new SampleSource(format.sourceId(register.slug(), part), file, format.format(), format.preset(),
                        format == VariableFormat.TURTLE ? null : register.iri(), title(register, format, part));
                files.add(written(directory, source, chunks[i]));
            }
        }
        return files;
    }

    private VariableWriter writer(VariableFormat format, Writer out, Register register, int part) throws IOException {
        return switch (format) {
            case TURTLE -> new TurtleVariableWriter(out, register, part);
            case DDI -> new DdiWriter(out, register, part, spec.lastYear(), Dice.of(spec.seed(), DDI_STREAM, register.index(), part));
            case KODEBOK -> new KodebokWriter(out);
            case PLAIN -> new PlainCodebookWriter(out);
        };
    }

    private static String title(Register register, VariableFormat format, int part) {
        String what = switch (format) {
            case TURTLE -> "variabler (Turtle)";
            case DDI -> "kodebok (DDI-Codebook)";
            case KODEBOK -> "kodebok (MRS-eksport)";
            case PLAIN -> "kodebok (CSV)";
        };
        return register.nameNb() + ": " + what + ", del " + part;
    }

    private static GeneratedFile written(Path directory, SampleSource source, int variables) throws IOException {
        return new GeneratedFile(source, Files.size(directory.resolve(source.file())), variables);
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    }

    private static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("The output directory " + directory + " is not empty; give an empty or new one");
            }
        }
    }
}
