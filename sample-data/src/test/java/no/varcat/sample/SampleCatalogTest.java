package no.varcat.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample source parses strictly and describes a register with labelled variables. */
class SampleCatalogTest {

    private static final String DISCO_VARIABLE = "http://rdf-vocabulary.ddialliance.org/discovery#variable";
    private static final String DISCO_REPRESENTED_VARIABLE = "http://rdf-vocabulary.ddialliance.org/discovery#RepresentedVariable";

    static List<String> sourceFiles() {
        return SampleSources.files();
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void parsesStrictlyWithoutBlankNodes(String file) {
        Model model = parse(file);
        assertThat(model.size()).as("triples in " + file).isGreaterThan(20);
        assertThat(model.listStatements().toList())
                .noneMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon());
    }

    @ParameterizedTest
    @MethodSource("sourceFiles")
    void describesOneCatalogWithOneRegisterHoldingLabelledVariables(String file) {
        Model model = parse(file);
        if (model.contains(null, RDF.type, model.createResource(DISCO_REPRESENTED_VARIABLE))) {
            // The crosswalk: concepts shared by registers, no register of its own.
            assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).as(file).isEmpty();
            return;
        }
        assertThat(model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);
        List<Resource> registers = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertThat(registers).hasSize(1);
        List<RDFNode> variables = model.listObjectsOfProperty(registers.get(0), model.createProperty(DISCO_VARIABLE)).toList();
        boolean variablesElsewhere = SampleCatalog.sources().stream().anyMatch(s -> registers.get(0).getURI().equals(s.register())
                && !s.format().startsWith("coverage"));
        if (variablesElsewhere) {
            // A codebook in another format holds them; SampleCatalogHarvestTest checks them after harvest.
            assertThat(variables).as(file + " describes the register, its codebook the variables").isEmpty();
            return;
        }
        assertThat(variables).hasSizeGreaterThanOrEqualTo(10).allSatisfy(v -> {
            Resource variable = v.asResource();
            assertThat(variable.hasProperty(SKOS.notation)).as("notation of " + variable).isTrue();
            assertThat(variable.listProperties(SKOS.prefLabel).toList())
                    .as("bokmål label of " + variable)
                    .anyMatch(s -> s.getLanguage().equals("nb"));
        });
    }

    private static Model parse(String file) {
        return ModelFactory.createModelForGraph(SampleSources.parse(file));
    }
}
