package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.vocab.ControlledVocabularies;

/**
 * The sample catalog passes the official DCAT-AP-NO 2.0 shapes, loaded as data.norge.no's validator
 * loads them: the shapes, plus ontologies.ttl merged into the data. Reads the reference files in
 * place from the shared folder beside the project, and skips when that folder is absent.
 */
class DcatApNoConformanceTest {

    // Surefire runs in the module directory: project at .../main/sample-data, shared at .../shared.
    private static final Path REFERENCE = Path.of("../../shared/reference/dcat-ap-no");
    private static final String GEONORGE = "<https://data.geonorge.no/";

    private static ValidationResult result;

    @BeforeAll
    static void validate() {
        Path shapesFile = REFERENCE.resolve("DCAT-AP-NO-shacl_shapes_2.00.ttl");
        assumeTrue(Files.isRegularFile(shapesFile), () -> "skipped: the official DCAT-AP-NO shapes are not at "
                + shapesFile.toAbsolutePath().normalize() + " (../../shared/reference is absent in this checkout)");

        Graph data = SampleSources.merged();
        RDFDataMgr.read(data, REFERENCE.resolve("ontologies.ttl").toString());
        // The official shapes ask the EU vocabularies for each value's skos:inScheme: vocab's
        // controlled vocabularies answer, and a stand-in for the languages, which vocab lacks.
        GraphUtil.addInto(data, ControlledVocabularies.all().getGraph());
        SampleSources.parseInto(data, "eu-languages-stand-in.ttl");
        result = new ProfileValidator(Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()))).validate(data);
    }

    @Test
    void sampleCatalogHasNoViolation() {
        assertThat(result.withSeverity(Severity.VIOLATION)).extracting(Violation::format).isEmpty();
        assertThat(result.withSeverity(Severity.INFO)).extracting(Violation::format).isEmpty();
    }

    // The official shapes want dct:spatial from the EU country/place tables or GeoNames and warn on
    // Geonorge's administrative units, which Norwegian catalogs (and our profile) use for Norway.
    @Test
    void onlyWarningsAreGeonorgeAreas() {
        assertThat(result.withSeverity(Severity.WARNING)).allSatisfy(w -> {
            assertThat(w.path()).isEqualTo("http://purl.org/dc/terms/spatial");
            assertThat(w.value()).startsWith(GEONORGE);
        });
    }
}
