package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VarcatVocabularyTest {

    private final Model vocabulary = VarcatVocabulary.model();

    @Test
    void everyConstantOfVarcatIsDefinedInTheTurtleAndEveryTermThereHasAConstant() {
        Set<String> constants = TermFields.terms(VARCAT.class).values().stream()
                .map(Resource::getURI)
                .collect(Collectors.toSet());
        Set<String> defined = vocabulary.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(iri -> iri.startsWith(VARCAT.NS))
                .collect(Collectors.toSet());

        assertThat(defined).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void noTermIsUsedWithoutBeingDefined() {
        Set<String> used = vocabulary.listStatements().toList().stream()
                .flatMap(s -> Stream.of(s.getSubject(), s.getPredicate(), s.getObject()))
                .filter(node -> node.isURIResource() && node.asResource().getURI().startsWith(VARCAT.NS))
                .map(node -> node.asResource().getURI())
                .collect(Collectors.toSet());

        assertThat(used).allSatisfy(iri ->
                assertThat(vocabulary.contains(vocabulary.createResource(iri), RDF.type)).as(iri).isTrue());
    }

    @Test
    void everyTermHasATypeLabelsInNorwegianAndEnglishAndAComment() {
        assertThat(TermFields.terms(VARCAT.class)).allSatisfy((name, term) -> {
            Resource described = vocabulary.getResource(term.getURI());
            assertThat(described.hasProperty(RDF.type)).as("%s has a type", name).isTrue();
            assertThat(Literals.languages(described, RDFS.label)).as("%s labels", name).contains("nb", "en");
            assertThat(Literals.languages(described, RDFS.comment)).as("%s comment", name).contains("en");
            assertThat(described.hasProperty(RDFS.isDefinedBy, vocabulary.getResource(VarcatVocabulary.ONTOLOGY_IRI)))
                    .as("%s is defined by the ontology", name).isTrue();
        });
    }

    @Test
    void theOntologyIsDeclared() {
        assertThat(vocabulary.contains(vocabulary.getResource(VarcatVocabulary.ONTOLOGY_IRI), RDF.type, OWL.Ontology))
                .isTrue();
    }

    @Test
    void coverageRateIsACompletenessMetric() {
        Resource coverageRate = vocabulary.getResource(VARCAT.coverageRate.getURI());

        assertThat(coverageRate.hasProperty(RDF.type, DQV.Metric)).isTrue();
        assertThat(coverageRate.hasProperty(DQV.inDimension, LDQD.completeness)).isTrue();
    }

    @Test
    void clinicalQualityIsADimension() {
        assertThat(vocabulary.contains(VARCAT.clinicalQuality, RDF.type, DQV.Dimension)).isTrue();
    }

    @Test
    void harvestRunsAreActivitiesAndSourcesEntities() {
        assertThat(vocabulary.contains(VARCAT.HarvestRun, RDFS.subClassOf, PROV.Activity)).isTrue();
        assertThat(vocabulary.contains(VARCAT.HarvestSource, RDFS.subClassOf, PROV.Entity)).isTrue();
    }
}
