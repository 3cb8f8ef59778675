package no.varcat.sample.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Command line: {@code GenerateCatalog <preset|variables> <seed> <outputDir>}, e.g.
 * {@code GenerateCatalog 100k 42 /tmp/varcat-100k}. Presets are 10k, 100k and 1m; a number gives
 * a catalog of that many variables. Prints what it wrote.
 */
public final class GenerateCatalog {

    private GenerateCatalog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: GenerateCatalog <10k|100k|1m|number of variables> <seed> <outputDir>");
            System.exit(2);
            return;
        }
        CatalogSpec spec;
        try {
            spec = CatalogSpec.parse(args[0], Long.parseLong(args[1]));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        GeneratedCatalog catalog = new CatalogGenerator(spec).generate(Path.of(args[2]));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "Generated %d variables in %d registers (seed %d) into %s in %d.%01d s:%n", catalog.variables(),
                catalog.registers(), spec.seed(), catalog.directory().toAbsolutePath(), millis / 1000, millis % 1000 / 100);
        catalog.summary().forEach(System.out::println);
        System.out.println("Manifest: " + catalog.manifest().toAbsolutePath());
    }
}
