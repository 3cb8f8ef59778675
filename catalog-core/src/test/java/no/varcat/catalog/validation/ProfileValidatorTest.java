package no.varcat.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.varcat.vocab.ControlledVocabularies;
import no.varcat.vocab.VarcatVocabulary;

/** Each node shape accepts its minimal valid example and rejects broken ones with a plain message. */
class ProfileValidatorTest {

    private static final ProfileValidator VALIDATOR = new ProfileValidator();

    static Stream<String> validExamples() {
        return ShapeExamples.VALID_EXAMPLE_OF_SHAPE.values().stream().distinct().sorted();
    }

    static Stream<BrokenExample> brokenExamples() {
        return Stream.of(DcatBrokenExamples.cases(), VariableBrokenExamples.cases(), QualityBrokenExamples.cases())
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void minimalValidExampleConforms(String example) {
        ValidationResult result = VALIDATOR.validate(ShapeExamples.load(example));

        assertThat(result.violations()).as(example).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExamples")
    void brokenExampleIsReportedWithItsMessage(BrokenExample broken) {
        ValidationResult result = VALIDATOR.validate(broken.graph());

        assertThat(result.conforms()).isFalse();
        assertThat(result.violations()).as(broken.toString()).anySatisfy(v -> {
            assertThat(v.sourceShape()).isEqualTo(ProfileShapes.NS + broken.shape());
            assertThat(v.message()).contains(broken.message());
            assertThat(v.severity()).isEqualTo(broken.severity());
        });
        assertThat(result.hasViolations()).isEqualTo(broken.severity() == Severity.VIOLATION);
    }

    @Test
    void everyNodeShapeHasAValidAndABrokenExample() {
        Set<String> nodeShapes = ProfileShapesTest.namedNodeShapes();
        Set<String> broken = brokenExamples().map(b -> ProfileShapes.NS + b.shape()).collect(Collectors.toSet());
        Set<String> valid = ShapeExamples.VALID_EXAMPLE_OF_SHAPE.keySet().stream()
                .map(s -> ProfileShapes.NS + s).collect(Collectors.toSet());

        assertThat(valid).isEqualTo(nodeShapes);
        assertThat(broken).isEqualTo(nodeShapes);
    }

    @Test
    void violationNamesFocusNodePathValueAndTheNamedShape() {
        Graph graph = ShapeExamples.broken("register",
                "DELETE WHERE { ex:register healthdcatap:numberOfRecords ?n } ;"
                        + " INSERT DATA { ex:register healthdcatap:numberOfRecords \"many\" }");

        ValidationResult result = VALIDATOR.validate(graph);

        // Both the datatype and the comparison with numberOfUniqueIndividuals fail, each once.
        assertThat(result.violations()).hasSize(2);
        Violation datatype = result.violations().stream()
                .filter(v -> v.path().endsWith("numberOfRecords")).findFirst().orElseThrow();
        assertThat(datatype.focusNode()).isEqualTo("https://test.varcat.no/register");
        assertThat(datatype.path()).isEqualTo("http://healthdataportal.eu/ns/health#numberOfRecords");
        assertThat(datatype.value()).isEqualTo("\"many\"");
        assertThat(datatype.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(datatype.sourceShape()).isEqualTo(ProfileShapes.NS + "RegisterShape");
        assertThat(datatype.format()).startsWith("VIOLATION https://test.varcat.no/register http://healthdataportal.eu/");
    }

    @Test
    void onlyPublishersOfCatalogsAndRegistersNeedAnOrganisationNumber() {
        Graph graph = ShapeExamples.broken("code-list",
                "INSERT DATA { ex:sex dct:publisher ex:who . ex:who a foaf:Organization ; foaf:name \"WHO\"@en }");

        assertThat(VALIDATOR.validate(graph).violations()).isEmpty();
    }

    // vocab's vocabularies go into the store next to harvested data, so they must pass too.
    @Test
    void vocabulariesOfVocabConform() {
        Graph vocabularies = ControlledVocabularies.all().getGraph();
        GraphUtil.addInto(vocabularies, VarcatVocabulary.model().getGraph());

        ValidationResult result = VALIDATOR.validate(vocabularies);

        assertThat(result.violations()).extracting(Violation::format).isEmpty();
    }

    @Test
    void resultsComeInAStableOrder() {
        Graph graph = ShapeExamples.broken("code",
                "DELETE WHERE { ?c skos:notation ?n } ; DELETE WHERE { ?c skos:prefLabel ?l }");

        ValidationResult first = VALIDATOR.validate(graph);
        ValidationResult second = VALIDATOR.validate(graph);

        assertThat(first.violations()).hasSizeGreaterThan(2).isEqualTo(second.violations());
        assertThat(first.violations()).extracting(Violation::focusNode).isSorted();
    }

    @Test
    void validatesAgainstOtherShapesToo() {
        Shapes other = Shapes.parse(RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix ex: <https://test.varcat.no/> .
                ex:NeedsDistribution a sh:NodeShape ; sh:targetClass dcat:Dataset ;
                    sh:property [ sh:path dcat:distribution ; sh:minCount 1 ; sh:message "no distribution" ] .
                """, Lang.TURTLE).toGraph());

        ValidationResult result = new ProfileValidator(other).validate(ShapeExamples.load("register"));

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("no distribution");
            assertThat(v.sourceShape()).isEqualTo("https://test.varcat.no/NeedsDistribution");
        });
    }
}
