package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;

/** Nesstar's DDI 1.2.2 in OAI-PMH, a codebook in no namespace, and how languages are chosen. */
class DdiVariantsTest {

    private static final String B = DdiRead.BASE;

    @Test
    void nesstarRecordInsideOaiPmhIsReadWithValuesTrimmed() {
        DdiRead read = DdiRead.fixture("nesstar-ddi122-oai.xml");
        Model model = read.model();
        Resource study = model.createResource(B + "#study");

        assertThat(read.issues().hasErrors()).isFalse();
        assertThat(study.getProperty(DCTerms.title).getLiteral().getLexicalForm()).isEqualTo("Enquête de test 2004");
        assertThat(study.listProperties(DCTerms.title).toList()).as("untagged parTitl in the same language is left out").hasSize(1);
        assertThat(study.getProperty(DCTerms.description).getString()).isEqualTo("Première ligne du résumé.\n\nDeuxième paragraphe.");
        assertThat(model.listObjectsOfProperty(study, DISCO.variable).toList()).hasSize(2);

        Resource code = model.createResource(B + "/codelist/cntry/CH");
        assertThat(code.getProperty(SKOS.notation).getString()).isEqualTo("CH");
        Resource dontKnow = model.createResource(B + "/codelist/tvtot/88");
        assertThat(dontKnow.getProperty(SKOS.prefLabel).getString()).isEqualTo("Ne sait pas");
        assertThat(dontKnow.getProperty(model.createProperty("https://w3id.org/varcat/ns#missingValue")).getBoolean()).isTrue();
        assertThat(model.createResource(B + "/variable/tvtot/question/1")
                .getProperty(model.createProperty(DISCO.NS + "questionText")).getString())
                .isEqualTo("Combien de temps passez-vous à regarder la télévision ?");
    }

    @Test
    void withoutTimePeriodTheCollectionDatesGiveTheYears() {
        Resource period = DdiRead.fixture("nesstar-ddi122-oai.xml").model().createResource(B + "#temporal");

        assertThat(period.getProperty(DCAT.startDate).getLiteral().getLexicalForm()).isEqualTo("2004-01-01");
        assertThat(period.getProperty(DCAT.endDate).getLiteral().getLexicalForm()).isEqualTo("2005-12-31");
    }

    @Test
    void junkLanguageAttributeIsIgnoredWithOneWarningAndTheDefaultUsed() {
        DdiRead read = DdiRead.fixture("nesstar-ddi122-oai.xml", "fr");

        assertThat(read.issues().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("'xy'");
        });
        assertThat(read.model().createResource(B + "/variable/tvtot").getProperty(SKOS.prefLabel).getLanguage()).isEqualTo("fr");
    }

    @Test
    void codebookWithoutNamespaceReadsAndANamelessVariableIsSkippedWithItsPosition() {
        DdiRead read = DdiRead.fixture("nameless-variable.xml", "nb");
        Model model = read.model();

        List<HarvestIssue> issues = read.issues().issues();
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("without a name");
            assertThat(issue.line()).isEqualTo(9);
            assertThat(issue.column()).isPositive();
        });
        assertThat(model.listObjectsOfProperty(model.createResource(B + "#study"), DISCO.variable)
                .mapWith(n -> n.asResource().getURI()).toList())
                .containsExactlyInAnyOrder(B + "/variable/ALDER", B + "/variable/DIAGNOSE");
        assertThat(model.createResource(B + "/variable/ALDER").getProperty(SKOS.prefLabel).getLanguage()).isEqualTo("nb");
        assertThat(model.listSubjectsWithProperty(SKOS.prefLabel, model.createLiteral("Variabel uten navn", "nb")).toList()).isEmpty();
    }

    @Test
    void xmlLangOnTheCodebookOverridesTheDefault() {
        DdiRead read = DdiRead.text("""
                <codeBook xml:lang="nn-no"><dataDscr>
                  <var name="A"><labl>Alder</labl><labl xml:lang="en">Age</labl><varFormat type="numeric"/></var>
                </dataDscr></codeBook>""");
        Resource variable = read.model().createResource(B + "/variable/A");

        assertThat(variable.listProperties(SKOS.prefLabel).mapWith(s -> s.getLanguage()).toList())
                .containsExactlyInAnyOrder("nn-NO", "en");
        assertThat(variable.getPropertyResourceValue(DISCO.representation)).isEqualTo(XSD.decimal);
    }

    @Test
    void anXmlSchemaDatatypeNamedInVarFormatAndAUnitIriInMeasUnitAreKept() {
        DdiRead read = DdiRead.text("""
                <codeBook><dataDscr>
                  <var name="N" measUnit="http://qudt.org/vocab/unit/GM"><varFormat type="numeric" schema="XML-Data" formatname="integer"/></var>
                  <var name="D"><varFormat type="character" schema="XML-Data" formatname="date" category="date"/></var>
                  <var name="X"><varFormat type="numeric" schema="XML-Data" formatname="no-such-type"/></var>
                  <var name="S" measUnit="gram"><varFormat type="character" schema="SPSS" formatname="integer"/></var>
                </dataDscr></codeBook>""");
        Model model = read.model();

        assertThat(model.createResource(B + "/variable/N").getPropertyResourceValue(DISCO.representation)).isEqualTo(XSD.integer);
        assertThat(model.createResource(B + "/variable/D").getPropertyResourceValue(DISCO.representation)).isEqualTo(XSD.date);
        assertThat(model.createResource(B + "/variable/X").getPropertyResourceValue(DISCO.representation)).isEqualTo(XSD.decimal);
        assertThat(model.createResource(B + "/variable/S").getPropertyResourceValue(DISCO.representation)).isEqualTo(XSD.xstring);
        assertThat(model.createResource(B + "/variable/N").getPropertyResourceValue(SDMXAttribute.unitMeasure))
                .isEqualTo(model.createResource("http://qudt.org/vocab/unit/GM"));
        assertThat(model.createResource(B + "/variable/S").hasProperty(SDMXAttribute.unitMeasure)).as("free text is no unit IRI").isFalse();
    }

    @Test
    void repeatedCodesAndUnreadableStatisticsAreWarningsAndTheRestIsKept() {
        DdiRead read = DdiRead.text("""
                <codeBook><stdyDscr/><dataDscr>
                  <var name="F"><catgry><catValu>11</catValu><labl>First</labl></catgry>
                    <catgry><catValu>11</catValu><labl>Second</labl></catgry>
                    <catgry><labl>No value</labl></catgry>
                    <sumStat type="mean">n/a</sumStat><sumStat type="max">4</sumStat></var>
                </dataDscr></codeBook>""");
        Resource code = read.model().createResource(B + "/codelist/F/11");

        assertThat(read.issues().issues()).extracting(HarvestIssue::severity).containsOnly(Severity.WARNING).hasSize(3);
        assertThat(code.listProperties(SKOS.prefLabel).mapWith(s -> s.getString()).toList()).containsExactly("First");
        assertThat(read.model().listObjectsOfProperty(read.model().createResource(B + "/variable/F"),
                read.model().createProperty("https://w3id.org/varcat/ns#summaryStatistic")).toList()).hasSize(1);
    }
}
