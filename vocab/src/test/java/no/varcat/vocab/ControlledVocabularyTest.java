package no.varcat.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ControlledVocabularyTest {

    private static final String EU = "http://publications.europa.eu/resource/authority/";

    static Stream<ControlledVocabulary> conceptVocabularies() {
        return Arrays.stream(ControlledVocabulary.values()).filter(v -> v.scheme().isPresent());
    }

    @ParameterizedTest
    @MethodSource("conceptVocabularies")
    void theSchemeIsDeclaredWithNorwegianAndEnglishLabels(ControlledVocabulary vocabulary) {
        Model model = vocabulary.model();
        Resource scheme = model.getResource(vocabulary.scheme().orElseThrow().getURI());

        assertThat(scheme.hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(Literals.languages(scheme, SKOS.prefLabel)).containsExactlyInAnyOrder("nb", "en");
    }

    @ParameterizedTest
    @MethodSource("conceptVocabularies")
    void everyConceptHasOneLabelPerLanguageANotationAndTheFilesScheme(ControlledVocabulary vocabulary) {
        Model model = vocabulary.model();
        Resource scheme = vocabulary.scheme().orElseThrow();
        List<Resource> concepts = model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList();

        assertThat(concepts).isNotEmpty().allSatisfy(concept -> {
            assertThat(Literals.languages(concept, SKOS.prefLabel)).as("%s labels", concept)
                    .containsExactlyInAnyOrder("nb", "en");
            assertThat(concept.listProperties(SKOS.notation).toList()).as("%s notation", concept).hasSize(1);
            assertThat(concept.listProperties(SKOS.inScheme).mapWith(s -> s.getObject()).toList())
                    .as("%s scheme", concept).containsExactly(scheme);
        });
    }

    @ParameterizedTest
    @MethodSource("conceptVocabularies")
    void everythingInTheSchemeIsTypedAConceptSoNoneIsMissedByTypeQueries(ControlledVocabulary vocabulary) {
        Model model = vocabulary.model();

        assertThat(model.listSubjectsWithProperty(SKOS.inScheme).toList())
                .allSatisfy(member -> assertThat(member.hasProperty(RDF.type, SKOS.Concept)).as(member.toString()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("conceptVocabularies")
    void notationsAreUniqueWithinAVocabulary(ControlledVocabulary vocabulary) {
        List<String> notations = vocabulary.model().listStatements(null, SKOS.notation, (Resource) null).toList()
                .stream()
                .map(statement -> statement.getObject().asLiteral().getLexicalForm())
                .toList();

        assertThat(notations).doesNotHaveDuplicates();
    }

    @Test
    void everyCodingSystemIsASchemeWithLabelsANotationAndANamedPublisher() {
        Model model = ControlledVocabularies.codingSystems();
        List<Resource> systems = model.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList();

        assertThat(model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()).isEmpty();
        assertThat(systems).isNotEmpty().allSatisfy(system -> {
            assertThat(Literals.languages(system, SKOS.prefLabel)).as("%s labels", system)
                    .containsExactlyInAnyOrder("nb", "en");
            assertThat(system.hasProperty(SKOS.notation)).as("%s notation", system).isTrue();
            Resource publisher = system.getPropertyResourceValue(DCTerms.publisher);
            assertThat(publisher).as("%s publisher", system).isNotNull();
            assertThat(Literals.languages(publisher, FOAF.name)).as("%s publisher name", system).contains("nb", "en");
        });
    }

    @Test
    void codingSystemsIncludeThoseTheRegistersUse() {
        assertThat(iris(ControlledVocabularies.codingSystems(), SKOS.ConceptScheme)).contains(
                "http://id.who.int/icd/release/10/2019",
                "http://id.who.int/icd/release/11/mms",
                "http://terminology.hl7.org/CodeSystem/icd-o-3",
                "http://www.whocc.no/atc",
                "https://w3id.org/varcat/coding-system/ncsp",
                "urn:oid:2.16.578.1.12.4.1.1.7275",
                "urn:oid:2.16.578.1.12.4.1.1.7170",
                "http://snomed.info/sct",
                "http://loinc.org",
                "urn:oid:2.16.578.1.12.4.1.1.7280");
    }

    @Test
    void dataThemesAreTheOfficialEuCodes() {
        assertThat(notations(ControlledVocabularies.dataThemes())).containsExactlyInAnyOrder(
                "AGRI", "ECON", "EDUC", "ENER", "ENVI", "GOVE", "HEAL", "INTR", "JUST", "OP_DATPRO", "REGI",
                "SOCI", "TECH", "TRAN");
        assertThat(iris(ControlledVocabularies.dataThemes(), SKOS.Concept)).contains(EU + "data-theme/HEAL");
    }

    @Test
    void accessRightsAreTheThreeDcatApLevels() {
        assertThat(iris(ControlledVocabularies.accessRights(), SKOS.Concept)).containsExactlyInAnyOrder(
                EU + "access-right/PUBLIC", EU + "access-right/RESTRICTED", EU + "access-right/NON_PUBLIC");
    }

    @Test
    void frequenciesCoverTheCommonEuCodes() {
        assertThat(notations(ControlledVocabularies.frequencies())).contains(
                "ANNUAL", "ANNUAL_2", "ANNUAL_3", "BIENNIAL", "MONTHLY", "QUARTERLY", "WEEKLY", "DAILY", "CONT",
                "IRREG", "UNKNOWN", "NEVER", "OTHER");
    }

    @Test
    void fileTypesUseEuIrisForTheFormatsHarvestedAndPublished() {
        assertThat(iris(ControlledVocabularies.fileTypes(), SKOS.Concept)).contains(
                EU + "file-type/CSV", EU + "file-type/XLSX", EU + "file-type/JSON", EU + "file-type/XML",
                EU + "file-type/RDF_TURTLE", EU + "file-type/RDF_XML", EU + "file-type/JSON_LD",
                EU + "file-type/RDF_N_TRIPLES", EU + "file-type/RDF_TRIG", EU + "file-type/ZIP",
                EU + "file-type/PDF", EU + "file-type/HTML", EU + "file-type/TSV", EU + "file-type/SAS");
    }

    @Test
    void licencesLabelBothNlodIris() {
        assertThat(iris(ControlledVocabularies.licences(), SKOS.Concept)).contains(
                EU + "licence/CC_BY_4_0", EU + "licence/CC0", EU + "licence/NLOD_2_0",
                "https://data.norge.no/nlod/no/2.0");
    }

    @Test
    void healthThemesAreVarcatsOwn() {
        Set<String> themes = iris(ControlledVocabularies.healthThemes(), SKOS.Concept);

        assertThat(themes).allSatisfy(iri -> assertThat(iri).startsWith("https://w3id.org/varcat/health-theme/"));
        assertThat(notations(ControlledVocabularies.healthThemes())).contains(
                "pregnancy-and-birth", "cancer", "cardiovascular", "mental-health", "causes-of-death", "medication",
                "infectious-diseases", "injuries", "diabetes", "musculoskeletal", "dental-health",
                "health-services-use");
    }

    @Test
    void allHoldsEveryVocabulary() {
        long expected = Arrays.stream(ControlledVocabulary.values()).mapToLong(v -> v.model().size()).sum();
        Model all = ControlledVocabularies.all();

        assertThat(all.size()).isEqualTo(expected);
        assertThat(all.getNsPrefixURI("skos")).isEqualTo(SKOS.uri);
    }

    private static Set<String> iris(Model model, Resource type) {
        return model.listResourcesWithProperty(RDF.type, type).toList().stream()
                .map(Resource::getURI)
                .collect(Collectors.toSet());
    }

    private static List<String> notations(Model model) {
        return model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList().stream()
                .map(concept -> concept.getProperty(SKOS.notation).getString())
                .toList();
    }
}
