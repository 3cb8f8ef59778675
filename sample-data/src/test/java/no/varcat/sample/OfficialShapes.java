package no.varcat.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import no.varcat.catalog.validation.ProfileValidator;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.vocab.ControlledVocabularies;

/**
 * The official shapes varcat's exports must pass, read in place from {@code ../shared/reference/}
 * beside the project and loaded as the portals' validators load them. Without that folder a test
 * is skipped, saying why; with {@code CI=true} it fails instead. Shared with web's tests (test-jar).
 */
public final class OfficialShapes {

    // Tests run in a module directory: project at .../main/<module>, shared at .../shared.
    private static final Path REFERENCE = Path.of("../../shared/reference");
    private static final Path DCAT_AP_NO = REFERENCE.resolve("dcat-ap-no");
    private static final Path DCAT_AP = REFERENCE.resolve("dcat-ap");
    private static final Path HEALTH = REFERENCE.resolve("healthdcat-ap/shapes-r8");

    private OfficialShapes() {
    }

    /** DCAT-AP-NO 2.0, as data.norge.no's validator runs it: ontologies.ttl merged into the data. */
    public static ValidationResult dcatApNo2(Graph data) {
        return validate(data, List.of(DCAT_AP_NO.resolve("DCAT-AP-NO-shacl_shapes_2.00.ttl")),
                List.of(DCAT_AP_NO.resolve("ontologies.ttl")));
    }

    /** The DCAT-AP-NO v3 draft, its single shapes file. */
    public static ValidationResult dcatApNo3(Graph data) {
        return validate(data, List.of(DCAT_AP_NO.resolve("DCAT-AP-NO-shacl_shapes_3.ttl")),
                List.of(DCAT_AP_NO.resolve("ontologies.ttl")));
    }

    /** The DCAT-AP-NO v3 draft, its split core, range and vocabulary shapes. */
    public static ValidationResult dcatApNo3Split(Graph data) {
        return validate(data, List.of(DCAT_AP_NO.resolve("dcatapno3-core-shapes.ttl"),
                DCAT_AP_NO.resolve("dcatapno3-range-shapes.ttl"), DCAT_AP_NO.resolve("dcatapno3-vocabulary-shapes.ttl")),
                List.of(DCAT_AP_NO.resolve("ontologies.ttl")));
    }

    /**
     * HealthDCAT-AP Release 8 for NON_PUBLIC datasets, the files its validator's configuration names
     * for that level, with the DCAT-AP 3.0.1 shapes they import (and its deprecated-IRI and
     * controlled-vocabulary shapes) in place of the 3.0.0 ones fetched by URL.
     */
    public static ValidationResult healthDcatApNonPublic(Graph data) {
        return validate(data, List.of(
                HEALTH.resolve("shapes/graph-guard.ttl"),
                HEALTH.resolve("ranges/range.ttl"),
                HEALTH.resolve("shapes/non-public-shapes.ttl"),
                HEALTH.resolve("recommended/non-public-shapes_recommended.ttl"),
                DCAT_AP.resolve("dcat-ap-3.0.1-SHACL.ttl"),
                DCAT_AP.resolve("dcat-ap-3.0.1-ranges.ttl"),
                DCAT_AP.resolve("dcat-ap-3.0.1-mdr-vocabularies.shape.ttl"),
                DCAT_AP.resolve("dcat-ap-3.0.1-deprecateduris.ttl")), List.of());
    }

    /**
     * The results about {@code export}'s own nodes: a check of the vocabularies loaded beside it
     * (say, vocab's code-system schemes against DCAT-AP 3's concept-scheme shape) is not a fault of
     * the export.
     */
    public static List<Violation> aboutExport(List<Violation> results, Graph export) {
        Set<String> nodes = new HashSet<>();
        export.find().forEach(t -> {
            nodes.add(term(t.getSubject()));
            nodes.add(term(t.getObject()));
        });
        return results.stream().filter(v -> nodes.contains(v.focusNode())).toList();
    }

    private static String term(Node node) {
        return node.isURI() ? node.getURI() : node.isBlank() ? "_:" + node.getBlankNodeLabel() : "";
    }

    private static ValidationResult validate(Graph data, List<Path> shapeFiles, List<Path> background) {
        shapeFiles.forEach(OfficialShapes::require);
        background.forEach(OfficialShapes::require);
        Graph merged = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(merged, data);
        background.forEach(file -> RDFDataMgr.read(merged, file.toString()));
        // The shapes ask the EU vocabularies for each value's skos:inScheme: vocab's controlled
        // vocabularies answer, and a stand-in for the languages, which vocab lacks.
        GraphUtil.addInto(merged, ControlledVocabularies.all().getGraph());
        SampleSources.parseInto(merged, "eu-languages-stand-in.ttl");
        Graph shapes = GraphFactory.createDefaultGraph();
        shapeFiles.forEach(file -> RDFDataMgr.read(shapes, file.toString()));
        pathlessPropertiesAsNodes(shapes);
        return new ProfileValidator(Shapes.parse(shapes)).validate(merged);
    }

    /**
     * HealthDCAT-AP's non-public Dataset_Shape lists an {@code sh:or} of property constraints as an
     * {@code sh:property} without {@code sh:path}, which SHACL does not allow and Jena refuses to
     * parse (the EU validator lets it through). It is meant of the dataset itself, so it is read as
     * the {@code sh:node} it would be: same constraints, same severity and message.
     */
    private static void pathlessPropertiesAsNodes(Graph shapes) {
        Node property = SHACL.property;
        List<Triple> pathless = shapes.find(Node.ANY, property, Node.ANY)
                .filterKeep(t -> !shapes.contains(t.getObject(), SHACL.path, Node.ANY)).toList();
        pathless.forEach(t -> {
            shapes.delete(t);
            shapes.add(Triple.create(t.getSubject(), SHACL.node, t.getObject()));
        });
    }

    /** Skips the test when the reference file is absent, or fails it on CI, where it must be there. */
    private static void require(Path file) {
        if (Files.isRegularFile(file)) {
            return;
        }
        String missing = "The official shapes are not at " + file.toAbsolutePath().normalize()
                + " (../shared/reference is absent in this checkout).";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(missing + " CI=true, so this is a failure.");
        }
        Assumptions.abort(missing + " Skipped because CI is not true.");
    }
}
