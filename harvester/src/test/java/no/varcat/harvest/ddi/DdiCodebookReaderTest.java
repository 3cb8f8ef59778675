package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.HealthDCATAP;

/** The DDI 2.5 fixture, read into the profile of docs/model.md. */
class DdiCodebookReaderTest {

    private static final String B = DdiRead.BASE;
    private static final String VARCAT = "https://w3id.org/varcat/ns#";
    private static final String PREFIXES = """
            PREFIX disco: <http://rdf-vocabulary.ddialliance.org/discovery#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX varcat: <https://w3id.org/varcat/ns#>
            """;

    private static DdiRead read;
    private static Model model;

    @BeforeAll
    static void readFixture() {
        read = DdiRead.fixture("birth-survey-ddi25.xml");
        model = read.model();
    }

    @Test
    void readsWithoutIssuesAndWithoutBlankNodes() {
        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.graph().find().toList()).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    }

    @Test
    void studyIsADatasetWithTitlesDescriptionAndItsIriAsIdentifier() {
        Resource study = model.createResource(B + "#study");

        assertThat(study.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
        assertThat(study.getProperty(DCTerms.identifier).getString()).isEqualTo(B + "#study");
        assertThat(texts(study, DCTerms.title)).containsExactlyInAnyOrder("Test Birth Survey@en", "Testundersøkelse om fødsler@nb");
        assertThat(texts(study, DCTerms.description)).containsExactly("A survey of births, invented for tests.\n\nSecond paragraph.@en");
        assertThat(texts(study, DCAT.keyword)).containsExactlyInAnyOrder("births@en", "fødsler@nb");
        assertThat(texts(study, HealthDCATAP.populationCoverage)).containsExactly("Children born in the test region@en");
    }

    @Test
    void studyNumberProducerDistributorAndPeriod() {
        Resource study = model.createResource(B + "#study");

        Resource id = study.getPropertyResourceValue(model.createProperty("http://www.w3.org/ns/adms#identifier"));
        assertThat(id.getURI()).isEqualTo(B + "/identifier/10.1234%2Ftest-birth-survey");
        assertThat(id.getProperty(SKOS.notation).getString()).isEqualTo("10.1234/test-birth-survey");

        Resource producer = study.getPropertyResourceValue(DCTerms.creator);
        assertThat(producer.getURI()).isEqualTo(B + "/agent/Test%20Institute");
        assertThat(producer.getProperty(FOAF.name).getLiteral().getLexicalForm()).isEqualTo("Test Institute");
        assertThat(study.listProperties(DCTerms.publisher).toList()).singleElement()
                .satisfies(p -> assertThat(p.getResource().getProperty(FOAF.homepage).getResource().getURI())
                        .isEqualTo("https://data.example.org/"));

        Resource period = study.getPropertyResourceValue(DCTerms.temporal);
        assertThat(period.hasProperty(RDF.type, DCTerms.PeriodOfTime)).isTrue();
        assertThat(period.getProperty(DCAT.startDate).getLiteral().getLexicalForm()).isEqualTo("1999-01-01");
        assertThat(period.getProperty(DCAT.startDate).getLiteral().getDatatypeURI()).isEqualTo(XSD.date.getURI());
        assertThat(period.getProperty(DCAT.endDate).getLiteral().getLexicalForm()).isEqualTo("2004-12-31");
    }

    @Test
    void everyVariableIsLinkedFromTheStudyUnderAStableIri() {
        Set<String> variables = model.listObjectsOfProperty(model.createResource(B + "#study"), DISCO.variable)
                .mapWith(node -> node.asResource().getURI()).toSet();

        assertThat(variables).containsExactlyInAnyOrder(B + "/variable/KJONN", B + "/variable/VEKT",
                B + "/variable/KOMMUNE%20NR%2F2024");
        assertThat(model.listResourcesWithProperty(RDF.type, DISCO.Variable).toList()).hasSize(3);
    }

    @Test
    void variableLabelsDefinitionQuestionUniverseAndConcept() {
        Resource sex = model.createResource(B + "/variable/KJONN");

        assertThat(sex.hasProperty(RDF.type, SKOS.Concept)).isTrue();
        assertThat(sex.getProperty(SKOS.notation).getString()).isEqualTo("KJONN");
        assertThat(texts(sex, SKOS.prefLabel)).containsExactlyInAnyOrder("Sex of the child@en", "Barnets kjønn@nb");
        assertThat(texts(sex, SKOS.definition)).containsExactly("Sex as registered at birth.@en");
        assertThat(texts(sex, DCTerms.subject)).containsExactly("Demography@en");

        Resource question = sex.getPropertyResourceValue(model.createProperty(DISCO.NS + "question"));
        assertThat(question.getURI()).isEqualTo(B + "/variable/KJONN/question/1");
        assertThat(question.hasProperty(RDF.type, model.createResource(DISCO.NS + "Question"))).isTrue();
        assertThat(texts(question, model.createProperty(DISCO.NS + "questionText")))
                .containsExactly("What is the sex of the child?@en");

        Resource universe = sex.getPropertyResourceValue(DISCO.universe);
        assertThat(universe.hasProperty(RDF.type, model.createResource(DISCO.NS + "Universe"))).isTrue();
        assertThat(texts(universe, SKOS.definition)).containsExactly("All live births@en");
    }

    @Test
    void categoriesBecomeACodeListWithMissingCodesMarked() {
        List<QuerySolution> codes = select("""
                SELECT ?code ?notation ?label ?missing WHERE {
                  <%s/variable/KJONN> disco:representation ?scheme .
                  ?scheme a skos:ConceptScheme .
                  ?code a skos:Concept ; skos:inScheme ?scheme ; skos:notation ?notation .
                  OPTIONAL { ?code skos:prefLabel ?label FILTER(lang(?label) = "en") }
                  OPTIONAL { ?code varcat:missingValue ?missing }
                } ORDER BY ?notation
                """.formatted(B));

        assertThat(codes).extracting(row -> row.getLiteral("notation").getString()).containsExactly(".", "1", "2", "9");
        assertThat(codes).extracting(row -> row.getResource("code").getURI()).containsExactly(
                B + "/codelist/KJONN/%2E", B + "/codelist/KJONN/1", B + "/codelist/KJONN/2", B + "/codelist/KJONN/9");
        assertThat(codes).extracting(row -> row.getLiteral("label").getString())
                .containsExactly("System missing", "Boy", "Girl", "Unknown");
        assertThat(codes).extracting(row -> row.contains("missing") && row.getLiteral("missing").getBoolean())
                .containsExactly(true, false, false, true);
        assertThat(texts(model.createResource(B + "/codelist/KJONN/1"), SKOS.prefLabel))
                .containsExactlyInAnyOrder("Boy@en", "Gutt@nb");
    }

    @Test
    void variablesWithoutCategoriesGetTheDatatypeOfTheirFormat() {
        assertThat(model.createResource(B + "/variable/VEKT").getPropertyResourceValue(DISCO.representation))
                .isEqualTo(XSD.decimal);
        assertThat(model.createResource(B + "/variable/KOMMUNE%20NR%2F2024").getPropertyResourceValue(DISCO.representation))
                .isEqualTo(XSD.xstring);
    }

    @Test
    void paragraphsInTextsStayApart() {
        assertThat(texts(model.createResource(B + "/variable/VEKT"), SKOS.definition))
                .containsExactly("Weight of the child at birth, in grams.\n\nMeasured by the midwife.@en");
    }

    @Test
    void summaryStatisticsHaveTypeAndDecimalValue() {
        List<QuerySolution> stats = select("""
                SELECT ?stat ?type ?value ?weighted WHERE {
                  <%s/variable/VEKT> varcat:summaryStatistic ?stat .
                  ?stat varcat:statisticType ?type ; rdf:value ?value .
                  OPTIONAL { ?stat varcat:weighted ?weighted }
                } ORDER BY ?stat
                """.formatted(B));

        assertThat(stats).extracting(row -> row.getResource("stat").getURI().replace(B + "/variable/VEKT/stat/", ""))
                .containsExactly("max", "mean", "mean-weighted", "medn", "min", "stdev");
        QuerySolution mean = stats.get(1);
        assertThat(mean.getLiteral("type").getString()).isEqualTo("mean");
        assertThat(mean.getLiteral("value").getDatatypeURI()).isEqualTo(XSD.decimal.getURI());
        assertThat(mean.getLiteral("value").getLexicalForm()).isEqualTo("3501.25");
        assertThat(stats.get(2).getLiteral("weighted").getBoolean()).isTrue();
        assertThat(model.listObjectsOfProperty(model.createResource(B + "/variable/KJONN"),
                model.createProperty(VARCAT + "summaryStatistic")).toList()).hasSize(2);
    }

    @Test
    void readingTheSameFileTwiceGivesTheSameTriples() {
        DdiRead again = DdiRead.fixture("birth-survey-ddi25.xml");

        assertThat(again.graph().isIsomorphicWith(read.graph())).isTrue();
        assertThat(again.graph().find().toSet()).isEqualTo(read.graph().find().toSet());
    }

    private static List<String> texts(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(s -> literal(s.getObject())).toList();
    }

    private static String literal(RDFNode node) {
        Literal literal = node.asLiteral();
        return literal.getLexicalForm() + (literal.getLanguage().isEmpty() ? "" : "@" + literal.getLanguage());
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution exec = QueryExecution.model(model).query(PREFIXES
                + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
