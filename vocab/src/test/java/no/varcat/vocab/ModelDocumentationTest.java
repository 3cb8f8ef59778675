package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/model.md, the application profile, honest: every Turtle example in it parses with the
 * prefixes of its own prefix table, and every term varcat's vocabulary defines and every class and
 * property our SHACL shapes constrain has a row in one of its tables and is used in an example.
 */
class ModelDocumentationTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String SHAPES = "/no/varcat/vocab/shapes/varcat-shapes.ttl";
    /** Surefire runs in the module directory and says so in basedir; the doc is beside the modules. */
    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "model.md").normalize();
    private static final Pattern PREFIX_ROW = Pattern.compile("^\\| `([A-Za-z][\\w-]*)` \\| `([^`]+)` \\|$");
    private static final String FENCE = "```";

    /** A ```turtle block of the doc; {@code fenceLine} is the 1-based line of its opening fence. */
    private record Example(int fenceLine, String turtle) {
        @Override
        public String toString() {
            return "model.md example at line " + fenceLine;
        }
    }

    private static List<String> lines;
    private static Map<String, String> prefixes;
    private static PrefixMapping prefixMapping;
    private static List<Example> examples;

    @BeforeAll
    static void readTheDoc() throws IOException {
        lines = Files.readAllLines(DOC);
        prefixes = prefixTable(lines);
        prefixMapping = PrefixMapping.Factory.create().setNsPrefixes(prefixes).lock();
        examples = turtleBlocks(lines);
    }

    @Test
    void theDocHasAPrefixTableThatAgreesWithVarcatsPrefixesAndTurtleExamples() {
        assertThat(prefixes).containsKeys("dcat", "dct", "disco", "skos", "dqv", "prov", "varcat", "xsd");
        prefixes.forEach((prefix, ns) ->
                assertThat(Prefixes.VARCAT_PREFIXES.getNsPrefixURI(prefix)).as("namespace of prefix %s", prefix).isEqualTo(ns));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
    }

    @TestFactory
    Stream<DynamicTest> everyTurtleExampleParsesWithTheDocsPrefixes() {
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            try {
                assertThat(parse(example).isEmpty()).as("%s has triples", example).isFalse();
            } catch (RiotException e) {
                throw new AssertionError(example + " does not parse (line numbers are model.md's): " + e.getMessage(), e);
            }
        }));
    }

    @Test
    void everyTermOfVarcatsVocabularyHasATableRowAndIsUsedInAnExample() {
        Set<String> defined = VarcatVocabulary.model().listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(iri -> iri.startsWith(VARCAT.NS))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(defined).as("terms varcat.ttl defines").hasSizeGreaterThanOrEqualTo(20);
        assertDocumented(defined);
    }

    @Test
    void everyClassAndPropertyTheShapesConstrainHasATableRowAndIsUsedInAnExample() {
        Model shapes = ClasspathTurtle.read(SHAPES);
        Set<String> constrained = new TreeSet<>();
        for (String p : List.of("targetClass", "class", "targetSubjectsOf", "targetObjectsOf", "lessThanOrEquals")) {
            shapes.listObjectsOfProperty(shapes.createProperty(SH + p)).forEach(node -> addIri(node, constrained));
        }
        shapes.listObjectsOfProperty(shapes.createProperty(SH + "path")).forEach(path -> pathIris(path, constrained));

        assertThat(constrained).as("terms the shapes constrain, from simple and alternative paths")
                .contains(RDF.type.getURI(), VARCAT.missingValue.getURI(), DISCO.Variable.getURI(),
                        "http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2004/02/skos/core#closeMatch");
        assertDocumented(constrained);
    }

    @Test
    void everyValueTheShapesListOrRequireIsNamedInTheDoc() {
        Model shapes = ClasspathTurtle.read(SHAPES);
        Set<String> values = new TreeSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty(SH + "hasValue")).forEach(node -> addIri(node, values));
        shapes.listObjectsOfProperty(shapes.createProperty(SH + "in"))
                .forEach(list -> list.as(RDFList.class).iterator().forEach(node -> addIri(node, values)));
        // EU vocabulary IRIs have no prefix in the profile; the doc names those in prose.
        values.removeIf(iri -> prefixMapping.qnameFor(iri) == null);

        assertThat(values).contains(VARCAT.HigherIsBetter.getURI(), "http://www.w3.org/2006/vcard/ns#Kind");
        assertThat(values.stream().map(prefixMapping::qnameFor).filter(Predicate.not(ModelDocumentationTest::mentioned)).toList())
                .as("values the shapes require or allow that docs/model.md does not name").isEmpty();
    }

    /** Each term, as a prefixed name of the doc's table, is in a table row and used in some example. */
    private static void assertDocumented(Set<String> iris) {
        List<String> withoutPrefix = iris.stream().filter(iri -> prefixMapping.qnameFor(iri) == null).toList();
        assertThat(withoutPrefix).as("terms whose namespace is not in the prefix table of docs/model.md").isEmpty();

        Set<String> used = usedInExamples();
        List<String> notInATable = new ArrayList<>();
        List<String> notInAnExample = new ArrayList<>();
        for (String iri : iris) {
            String name = prefixMapping.qnameFor(iri);
            if (lines.stream().filter(line -> line.startsWith("|")).noneMatch(line -> mentions(line, name))) {
                notInATable.add(name);
            }
            if (!used.contains(iri)) {
                notInAnExample.add(name);
            }
        }
        assertThat(notInATable).as("terms with no row in a table of docs/model.md").isEmpty();
        assertThat(notInAnExample).as("terms no Turtle example of docs/model.md uses").isEmpty();
    }

    /** Every IRI in subject, predicate or object position of the examples that parse. */
    private static Set<String> usedInExamples() {
        Set<String> used = new TreeSet<>();
        for (Example example : examples) {
            Model model;
            try {
                model = parse(example);
            } catch (RiotException e) {
                continue; // reported by the parse test
            }
            for (Statement s : model.listStatements().toList()) {
                addIri(s.getSubject(), used);
                used.add(s.getPredicate().getURI());
                addIri(s.getObject(), used);
            }
        }
        return used;
    }

    private static boolean mentioned(String prefixedName) {
        return lines.stream().anyMatch(line -> mentions(line, prefixedName));
    }

    private static boolean mentions(String line, String prefixedName) {
        return Pattern.compile("(?<![\\w:-])" + Pattern.quote(prefixedName) + "(?![\\w-])").matcher(line).find();
    }

    /**
     * Parses strictly, as our own Turtle files are. The prefixes go on the first line and blank lines
     * follow, so the example's lines keep their model.md line numbers in error messages.
     */
    private static Model parse(Example example) {
        StringBuilder text = new StringBuilder();
        prefixes.forEach((prefix, ns) -> text.append("@prefix ").append(prefix).append(": <").append(ns).append("> . "));
        text.append("\n".repeat(example.fenceLine())).append(example.turtle());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(text.toString()).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                .parse(model);
        return model;
    }

    private static Map<String, String> prefixTable(List<String> lines) {
        Map<String, String> table = new LinkedHashMap<>();
        int start = lines.indexOf("## Prefixes");
        assertThat(start).as("a '## Prefixes' section in %s", DOC).isNotNegative();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher row = PREFIX_ROW.matcher(lines.get(i).strip());
            if (row.matches()) {
                table.put(row.group(1), row.group(2));
            }
        }
        return table;
    }

    private static List<Example> turtleBlocks(List<String> lines) {
        List<Example> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(FENCE + "turtle")) {
                continue;
            }
            int fence = i + 1;
            StringBuilder turtle = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
                turtle.append(lines.get(i)).append('\n');
            }
            assertThat(i).as("the turtle block at line %d of %s is closed", fence, DOC).isLessThan(lines.size());
            blocks.add(new Example(fence, turtle.toString()));
        }
        return blocks;
    }

    /** The IRIs a SHACL property path names: a predicate, or those inside a sequence, alternative or inverse path. */
    private static void pathIris(RDFNode path, Set<String> into) {
        if (path.isURIResource()) {
            if (!path.equals(RDF.nil)) {
                into.add(path.asResource().getURI());
            }
        } else if (path.isAnon()) {
            for (Statement s : path.asResource().listProperties().toList()) {
                pathIris(s.getObject(), into);
            }
        }
    }

    private static void addIri(RDFNode node, Set<String> into) {
        if (node.isURIResource()) {
            into.add(node.asResource().getURI());
        }
    }
}
