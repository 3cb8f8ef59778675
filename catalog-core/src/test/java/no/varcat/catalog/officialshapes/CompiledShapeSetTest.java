package no.varcat.catalog.officialshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;

/** A shape set as registered: read as Turtle, compiled as SHACL, and checking data. */
class CompiledShapeSetTest {

    private static final String PREFIXES = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n"
            + "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n";

    /** Our own minimal rule set: a dataset needs a title; and a property shape without a path, as HealthDCAT-AP R8 writes one. */
    private static final String SHAPES = PREFIXES + """
            <https://shapes.example/Dataset> a sh:NodeShape ;
                sh:targetClass dcat:Dataset ;
                sh:property [ sh:path dct:title ; sh:minCount 1 ; sh:message "A dataset needs a title" ] ;
                sh:property [ sh:or ( [ sh:path dct:description ; sh:minCount 1 ] [ sh:path dct:identifier ; sh:minCount 1 ] ) ;
                              sh:severity sh:Warning ; sh:message "A description or an identifier" ] .
            """;

    @Test
    void aPropertyShapeWithoutPathIsReadAsTheNodeConstraintItMeans() {
        CompiledShapeSet set = compile(SHAPES);
        Graph data = data(PREFIXES + "<https://d.example/a> a dcat:Dataset .\n<https://d.example/b> a dcat:Dataset ; dct:title \"B\" ;"
                + " dct:identifier \"b\" .\n");

        ValidationResult result = set.check(data);

        assertThat(result.violations()).extracting(Violation::format).containsExactlyInAnyOrder(
                "VIOLATION https://d.example/a http://purl.org/dc/terms/title: A dataset needs a title",
                "WARNING https://d.example/a: A description or an identifier");
        assertThat(set.rootShapes()).as("the pathless shape is a node shape of its own").isEqualTo(2);
    }

    @Test
    void resultsAboutTheVocabulariesBesideTheDataAreNotTheDatas() {
        CompiledShapeSet set = compile(PREFIXES + """
                <https://shapes.example/Concept> a sh:NodeShape ;
                    sh:targetClass <http://www.w3.org/2004/02/skos/core#Concept> ;
                    sh:property [ sh:path dct:title ; sh:minCount 1 ] .
                """);

        assertThat(set.check(data(PREFIXES + "<https://d.example/a> a dcat:Dataset .\n")).conforms()).isTrue();
    }

    @Test
    void notTurtleIsRefusedWithItsLineAndColumn() {
        assertThatThrownBy(() -> ShapeTurtle.parse("broken.ttl", (PREFIXES + "<a> a sh:NodeShape ;\n  sh:targetClass <b> \n  sh:closed true .\n")
                .getBytes(StandardCharsets.UTF_8), "https://shapes.invalid/broken.ttl"))
                .isInstanceOfSatisfying(ShapeSetException.class, e -> {
                    assertThat(e.file()).isEqualTo("broken.ttl");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("broken.ttl is not Turtle: line 6, column ");
                });
    }

    @Test
    void turtleWithoutShaclOrShapesWithoutTargetsAreRefused() {
        assertThatThrownBy(() -> ShapeTurtle.parse("data.ttl", (PREFIXES + "<https://d.example/a> a dcat:Dataset .\n")
                .getBytes(StandardCharsets.UTF_8), "https://shapes.invalid/data.ttl"))
                .hasMessage("data.ttl holds no SHACL: none of its 1 triples uses the SHACL vocabulary (http://www.w3.org/ns/shacl#)");
        assertThatThrownBy(() -> turtle(SHAPES + "<https://d.example/a> a dcat:Dataset ; dct:title \"A\" .\n"))
                .hasMessage("test.ttl holds data as well as shapes: https://d.example/a is a http://www.w3.org/ns/dcat#Dataset. The store's"
                        + " catalog would show it; give the shapes only");
        assertThatThrownBy(() -> compile(PREFIXES + "<https://shapes.example/S> a sh:NodeShape ; sh:property [ sh:path dct:title ; sh:minCount 1 ] .\n"))
                .isInstanceOf(ShapeSetException.class).hasMessageStartingWith("The files hold no SHACL shape with a target");
        assertThatThrownBy(() -> compile(PREFIXES + "<https://shapes.example/S> a sh:NodeShape ; sh:targetClass dcat:Dataset ;"
                + " sh:property [ sh:path dct:title ; sh:minCount \"many\" ] .\n"))
                .isInstanceOf(ShapeSetException.class).hasMessageStartingWith("The files are not valid SHACL: ");
    }

    /** The official DCAT-AP-NO 2.0 shapes, read in place, find no violation in the official examples. */
    @Test
    void theOfficialDcatApNo2ShapesAcceptTheOfficialExamples() {
        String file = "dcat-ap-no/DCAT-AP-NO-shacl_shapes_2.00.ttl";
        CompiledShapeSet set = CompiledShapeSet.compile(set("dcat-ap-no-2"),
                ShapeTurtle.parse(file, OfficialReference.bytes(file), "https://shapes.invalid/" + file));

        ValidationResult result = set.check(RDFDataMgr.loadGraph(OfficialReference.file("dcat-ap-no/examples-DCAT-AP-NO2.0.ttl").toString()));

        assertThat(result.withSeverity(Severity.VIOLATION)).extracting(Violation::format).isEmpty();
        assertThat(set.rootShapes()).isGreaterThan(10);
    }

    static ShapeSet set(String name) {
        return new ShapeSet(name, name, "v1", Instant.EPOCH, List.of());
    }

    private static CompiledShapeSet compile(String shapes) {
        return CompiledShapeSet.compile(set("own"), turtle(shapes));
    }

    private static Graph data(String text) {
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(text, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        return graph;
    }

    private static Graph turtle(String text) {
        return ShapeTurtle.parse("test.ttl", text.getBytes(StandardCharsets.UTF_8), "https://shapes.invalid/test.ttl");
    }
}
