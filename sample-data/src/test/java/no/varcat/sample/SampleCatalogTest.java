package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample source parses strictly and describes a register with labelled variables. */
class SampleCatalogTest {

    private static final String FOLDER = "no/varcat/sample/";
    private static final String DISCO_VARIABLE = "http://rdf-vocabulary.ddialliance.org/discovery#variable";

    static List<String> sourceFiles() throws IOException {
        try (InputStream in = resource("sources.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split(",")[1]).toList();
        }
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void parsesStrictlyWithoutBlankNodes(String file) throws IOException {
        Model model = parse(file);
        assertThat(model.size()).isGreaterThan(100);
        assertThat(model.listStatements().toList())
                .noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon());
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void describesOneCatalogWithOneRegisterHoldingLabelledVariables(String file) throws IOException {
        Model model = parse(file);
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
        List<Resource> registers = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertThat(registers).hasSize(1);
        List<RDFNode> variables = model.listObjectsOfProperty(registers.get(0), model.createProperty(DISCO_VARIABLE)).toList();
        assertThat(variables).hasSizeGreaterThanOrEqualTo(10).allSatisfy(v -> {
            Resource variable = v.asResource();
            assertThat(variable.hasProperty(SKOS.notation)).as("notation of " + variable).isTrue();
            assertThat(variable.listProperties(SKOS.prefLabel).toList())
                    .as("bokmål label of " + variable)
                    .anyMatch(s -> s.getLanguage().equals("nb"));
        });
    }

    private static Model parse(String file) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = resource(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(model);
        }
        return model;
    }

    private static InputStream resource(String name) {
        InputStream in = SampleCatalogTest.class.getClassLoader().getResourceAsStream(FOLDER + name);
        assertThat(in).as(FOLDER + name + " on the classpath").isNotNull();
        return in;
    }
}
