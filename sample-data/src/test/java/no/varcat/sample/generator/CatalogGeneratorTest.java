package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import no.varcat.sample.SampleSource;
import no.varcat.vocab.DISCO;

/** Determinism, exact counts and file layout of a small generated catalog. */
class CatalogGeneratorTest {

    static final CatalogSpec SMALL = CatalogSpec.forVariables(500, 42).withRegisters(6);

    @TempDir
    static Path temp;
    private static GeneratedCatalog catalog;

    @BeforeAll
    static void generate() {
        catalog = GeneratedFiles.generate(SMALL, temp.resolve("catalog"));
    }

    @Test
    void sameSeedGivesByteIdenticalOutput(@TempDir Path other) throws IOException {
        GeneratedFiles.generate(SMALL, other);

        assertThat(GeneratedFiles.hash(other)).isEqualTo(GeneratedFiles.hash(catalog.directory()));
    }

    @Test
    void anotherSeedGivesOtherOutput(@TempDir Path other) throws IOException {
        CatalogSpec reseeded = new CatalogSpec(43, SMALL.registers(), SMALL.variables(), SMALL.firstYear(), SMALL.lastYear(),
                SMALL.codeListShare(), SMALL.formats(), SMALL.maxVariablesPerFile());

        GeneratedFiles.generate(reseeded, other);

        assertThat(GeneratedFiles.hash(other)).isNotEqualTo(GeneratedFiles.hash(catalog.directory()));
    }

    @Test
    void writesEveryRegisterInEveryFormat() {
        assertThat(catalog.registers()).isEqualTo(6);
        assertThat(catalog.sources()).extracting(SampleSource::format)
                .contains("turtle", "ddi-codebook", "codebook-csv", "coverage-csv", "indicator-json");
        assertThat(catalog.sources()).extracting(SampleSource::preset).contains("kodebok", "plain", "skde");
        assertThat(catalog.sources()).filteredOn(s -> s.id().endsWith("-dcat")).hasSize(6);
    }

    /** Counted in the files by independent parsers, not taken from the generator's own report. */
    @Test
    void holdsExactlyTheRequestedNumberOfVariablesWithUniqueNames() throws Exception {
        Set<String> variables = new HashSet<>();
        int written = 0;
        for (SampleSource source : catalog.sources()) {
            List<String> names = variableIris(catalog.directory(), source);
            written += names.size();
            variables.addAll(names);
        }

        assertThat(written).isEqualTo(500);
        assertThat(variables).hasSize(500);
        assertThat(catalog.variables()).isEqualTo(500);
    }

    @Test
    void splitsARegistersVariablesIntoFilesOfAtMostTheMaximum(@TempDir Path other) throws Exception {
        GeneratedCatalog split = GeneratedFiles.generate(SMALL.withMaxVariablesPerFile(20), other);

        int total = 0;
        for (SampleSource source : split.sources()) {
            int count = variableIris(other, source).size();
            assertThat(count).as(source.file()).isLessThanOrEqualTo(20);
            total += count;
        }
        assertThat(total).isEqualTo(500);
        assertThat(split.sources()).extracting(SampleSource::id).contains("mfr-kodebok-2", "mfr-ddi-2");
    }

    @Test
    void aMixOfOneFormatPutsEveryVariableInIt(@TempDir Path other) {
        GeneratedCatalog kodebokOnly = GeneratedFiles.generate(SMALL.withFormats(FormatMix.only(VariableFormat.KODEBOK)), other);

        assertThat(kodebokOnly.files()).filteredOn(file -> file.variables() > 0)
                .allSatisfy(file -> assertThat(file.source().preset()).isEqualTo("kodebok"));
        assertThat(kodebokOnly.variables()).isEqualTo(500);
    }

    @Test
    void manifestHasSampleDataLayoutAndListsEveryFileOnce() throws IOException {
        List<String> lines = Files.readAllLines(catalog.manifest());

        assertThat(lines.get(0)).isEqualTo("id,file,format,preset,register,title");
        assertThat(lines).hasSize(catalog.files().size() + 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 6);
            assertThat(cells).as(line).hasSize(6);
            assertThat(cells[0]).matches("[a-z0-9][a-z0-9-]{0,63}");
            assertThat(catalog.directory().resolve(cells[1])).as(line).isRegularFile();
        }
        assertThat(catalog.sources()).extracting(SampleSource::id).doesNotHaveDuplicates();
        assertThat(catalog.sources()).filteredOn(s -> s.format().equals("codebook-csv") || "skde".equals(s.preset()))
                .allSatisfy(s -> assertThat(s.register()).startsWith(Register.BASE));
    }

    @Test
    void refusesADirectoryThatIsNotEmpty(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("old.txt"), "left over");

        assertThatThrownBy(() -> new CatalogGenerator(SMALL).generate(other)).hasMessageContaining("not empty");
    }

    @Test
    void presetsHaveTheirSizes() {
        assertThat(CatalogSpec.parse("10k", 1).variables()).isEqualTo(10_000);
        assertThat(CatalogSpec.parse("100K", 1).variables()).isEqualTo(100_000);
        assertThat(CatalogSpec.parse("1m", 1)).isEqualTo(CatalogSpec.large(1));
        assertThat(CatalogSpec.large(1).registers()).isEqualTo(125);
        assertThat(CatalogSpec.parse("2500", 7).variables()).isEqualTo(2_500);
        assertThatThrownBy(() -> CatalogSpec.parse("lots", 1)).hasMessageContaining("10k, 100k, 1m");
        assertThatThrownBy(() -> new CatalogSpec(1, 10, 5, 2000, 2024, 0.3, FormatMix.STANDARD, 100))
                .hasMessageContaining("At least one variable per register");
    }

    /** The IRIs of the variables a source defines, read the way its format is read. */
    static List<String> variableIris(Path directory, SampleSource source) throws Exception {
        Path file = directory.resolve(source.file());
        return switch (source.format()) {
            case "turtle" -> {
                Graph graph = GeneratedFiles.turtle(file);
                yield graph.find(Node.ANY, RDF.type.asNode(), DISCO.Variable.asNode()).mapWith(t -> t.getSubject().getURI()).toList();
            }
            case "ddi-codebook" -> {
                Document ddi = GeneratedFiles.xml(file);
                NodeList vars = ddi.getElementsByTagNameNS("ddi:codebook:2_5", "var");
                List<String> names = new ArrayList<>();
                for (int i = 0; i < vars.getLength(); i++) {
                    names.add(source.register() + "/variable/" + ((Element) vars.item(i)).getAttribute("name"));
                }
                yield names;
            }
            case "codebook-csv" -> {
                boolean kodebok = "kodebok".equals(source.preset());
                List<List<String>> rows = GeneratedFiles.csv(file, kodebok ? ';' : ',');
                int name = rows.get(0).indexOf(kodebok ? "variabel_id" : "name");
                yield rows.subList(1, rows.size()).stream().map(row -> source.register() + "/variable/" + row.get(name))
                        .distinct().toList();
            }
            default -> List.of();
        };
    }
}
