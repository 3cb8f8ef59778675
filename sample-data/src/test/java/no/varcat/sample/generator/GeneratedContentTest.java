package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.sample.SampleSource;

/** Each generated file is valid in its format, and the Turtle is valid varcat profile data. */
class GeneratedContentTest {

    private static final ProfileValidator VALIDATOR = new ProfileValidator();

    @TempDir
    static Path temp;
    private static GeneratedCatalog catalog;

    @BeforeAll
    static void generate() {
        catalog = GeneratedFiles.generate(CatalogGeneratorTest.SMALL, temp);
    }

    private static List<SampleSource> sources(String format) {
        return catalog.sources().stream().filter(s -> s.format().equals(format)).toList();
    }

    private static Path file(SampleSource source) {
        return catalog.directory().resolve(source.file());
    }

    @Test
    void everyTurtleFileParsesStrictly() {
        assertThat(sources("turtle")).isNotEmpty().allSatisfy(s ->
                assertThatCode(() -> GeneratedFiles.turtle(file(s))).as(s.file()).doesNotThrowAnyException());
    }

    /** The harvester validates a source on its own, so each file must conform without the others. */
    @Test
    void everyTurtleFileConformsToTheProfileOnItsOwn() {
        for (SampleSource source : sources("turtle")) {
            ValidationResult result = VALIDATOR.validate(GeneratedFiles.turtle(file(source)));

            assertThat(result.violations()).as(source.file()).extracting(Violation::format).isEmpty();
        }
    }

    /** Merged, each publisher's catalog is one dcat:Catalog listing all of its registers. */
    @Test
    void allTurtleMergedConformsToTheProfile() {
        Graph all = GraphFactory.createDefaultGraph();
        sources("turtle").forEach(s -> GeneratedFiles.turtle(file(s)).find().forEach(all::add));

        ValidationResult result = VALIDATOR.validate(all);

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    @Test
    void everyDdiCodebookIsWellFormedDdi25() throws Exception {
        for (SampleSource source : sources("ddi-codebook")) {
            var root = GeneratedFiles.xml(file(source)).getDocumentElement();

            assertThat(root.getNamespaceURI()).isEqualTo("ddi:codebook:2_5");
            assertThat(root.getLocalName()).isEqualTo("codeBook");
        }
    }

    @Test
    void everyCsvRowHasTheHeadersNumberOfCells() throws Exception {
        for (SampleSource source : catalog.sources()) {
            if (!source.file().endsWith(".csv")) {
                continue;
            }
            List<List<String>> rows = GeneratedFiles.csv(file(source), "kodebok".equals(source.preset())
                    || "skde".equals(source.preset()) ? ';' : ',');

            assertThat(rows).as(source.file()).hasSizeGreaterThan(1);
            assertThat(rows).as(source.file()).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        }
    }

    @Test
    void indicatorFileIsJsonWithDefinitionsAndData() {
        JsonObject json = JSON.read(file(sources("indicator-json").get(0)).toString());

        assertThat(json.get("indicators").getAsArray()).isNotEmpty();
        assertThat(json.get("data").getAsArray()).isNotEmpty();
    }
}
