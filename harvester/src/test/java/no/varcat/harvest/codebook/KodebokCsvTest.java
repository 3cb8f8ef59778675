package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/** The quality registers' kodebok export (MRS/OQR layout), read with preset kodebok. */
class KodebokCsvTest {

    private final CodebookRead read = CodebookRead.csv("kodebok.csv", "kodebok");
    private final Model model = read.model();

    @Test
    void everyVariableIsLinkedFromTheRegisterWithoutAnyIssue() {
        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(8);
        Resource register = model.createResource(CodebookRead.REGISTER);
        assertThat(model.listObjectsOfProperty(register, DISCO.variable).toList()).containsExactlyInAnyOrderElementsOf(read.variables());
        assertThat(read.variables()).allSatisfy(variable -> assertThat(variable.hasProperty(RDF.type, SKOS.Concept)).isTrue());
        assertThat(read.hasBlankNodes()).isFalse();
    }

    @Test
    void variableCarriesNotationLabelDefinitionFormAndPeriod() {
        Resource vekt = read.variable("FODSEL_VEKT");

        assertThat(vekt.getProperty(SKOS.notation).getString()).isEqualTo("FODSEL_VEKT");
        assertThat(vekt.getProperty(SKOS.prefLabel).getLiteral()).satisfies(label -> {
            assertThat(label.getLexicalForm()).isEqualTo("Fødselsvekt");
            assertThat(label.getLanguage()).isEqualTo("nb");
        });
        assertThat(vekt.getProperty(SKOS.definition).getString()).isEqualTo("Barnets vekt ved fødselen, i gram.");
        assertThat(vekt.getProperty(DCTerms.subject).getLiteral().getLanguage()).isEqualTo("nb");
        assertThat(vekt.getProperty(DCTerms.subject).getString()).isEqualTo("Fødselsskjema");
        Resource period = vekt.getPropertyResourceValue(DCTerms.temporal);
        assertThat(period.getURI()).isEqualTo(CodebookRead.REGISTER + "/variable/FODSEL_VEKT#period");
        assertThat(period.hasProperty(RDF.type, DCTerms.PeriodOfTime)).isTrue();
        assertThat(period.getProperty(DCAT.startDate).getLiteral()).isEqualTo(model.createTypedLiteral("2015-01-01", XSDDatatype.XSDdate));
        assertThat(period.hasProperty(DCAT.endDate)).isFalse();

        Resource ended = read.variable("FODSEL_TEMP").getPropertyResourceValue(DCTerms.temporal);
        assertThat(ended.getProperty(DCAT.endDate).getLiteral()).isEqualTo(model.createTypedLiteral("2020-12-31", XSDDatatype.XSDdate));
    }

    @Test
    void typesBecomeXsdDatatypesAndZeroDecimalsMakeAnInteger() {
        assertThat(representation("FODSEL_VEKT")).isEqualTo(XSD.integer);
        assertThat(representation("FODSEL_TEMP")).isEqualTo(XSD.decimal);
        assertThat(representation("FODSEL_DATO")).isEqualTo(XSD.date);
        assertThat(representation("FODSEL_KEISERSNITT")).isEqualTo(XSD.xboolean);
        assertThat(representation("MERKNAD")).isEqualTo(XSD.xstring);
    }

    @Test
    void listVariableRowsBecomeOneCodeListWithACodePerRow() {
        Resource scheme = read.codeList("FODSEL_KJONN");

        assertThat(representation("FODSEL_KJONN")).isEqualTo(scheme);
        assertThat(scheme.hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(scheme.getProperty(SKOS.prefLabel).getString()).isEqualTo("Barnets kjønn");
        assertThat(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList())
                .extracting(code -> code.getProperty(SKOS.notation).getString())
                .containsExactlyInAnyOrder("1", "2", "9");
        Resource jente = read.code("FODSEL_KJONN", "2");
        assertThat(jente.hasProperty(RDF.type, SKOS.Concept)).isTrue();
        assertThat(jente.getProperty(SKOS.prefLabel).getLiteral()).satisfies(label -> {
            assertThat(label.getLexicalForm()).isEqualTo("Jente");
            assertThat(label.getLanguage()).isEqualTo("nb");
        });
        assertThat(jente.hasProperty(VARCAT.missingValue)).isFalse();
    }

    @Test
    void onlyTheTextMarksAMissingValueNotTheCode() {
        assertThat(missing("FODSEL_KJONN", "9")).isTrue();
        assertThat(missing("OPPF_ROYK", "98")).isTrue();
        assertThat(missing("OPPF_ROYK", "97")).isTrue();
        assertThat(missing("OPPF_ROYK", "99")).isFalse();
        assertThat(missing("OPPF_ROYK", "-1")).isFalse();
        assertThat(read.code("FODSEL_KJONN", "9").getProperty(VARCAT.missingValue).getLiteral())
                .isEqualTo(model.createTypedLiteral(true));
    }

    @Test
    void fysiskFeltnavnNamesAVariableWithoutVariabelIdAndUnsafeCharactersArePercentEncoded() {
        assertThat(read.variable("MERKNAD").hasProperty(RDF.type, DISCO.Variable)).isTrue();
        Resource aarsak = model.createResource(CodebookRead.REGISTER + "/variable/OPPF_%C3%85RSAK%2FKODE");
        assertThat(aarsak.getProperty(SKOS.notation).getString()).isEqualTo("OPPF_ÅRSAK/KODE");
        assertThat(aarsak.hasProperty(SKOS.definition)).isFalse();
    }

    @Test
    void readingTheSameFileTwiceGivesTheSameTriples() {
        CodebookRead again = CodebookRead.csv("kodebok.csv", "kodebok");

        assertThat(again.graph().isIsomorphicWith(read.graph())).isTrue();
        assertThat(again.graph().size()).isEqualTo(read.graph().size());
        assertThat(read.graph().stream().filter(t -> !again.graph().contains(t))).isEmpty();
    }

    @Test
    void noPresetMeansKodebok() {
        assertThat(CodebookRead.csv("kodebok.csv", null).graph().isIsomorphicWith(read.graph())).isTrue();
    }

    private Resource representation(String notation) {
        Statement statement = read.variable(notation).getProperty(DISCO.representation);
        return statement == null ? null : statement.getResource();
    }

    private boolean missing(String notation, String value) {
        Statement flag = read.code(notation, value).getProperty(VARCAT.missingValue);
        assertThat(read.code(notation, value).hasProperty(SKOS.inScheme)).as("code %s of %s", value, notation).isTrue();
        return flag != null && ((Literal) flag.getObject()).getBoolean();
    }
}
