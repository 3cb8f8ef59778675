package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.SDMXAttribute;
import no.varcat.vocab.VARCAT;

/** The plain CSV layout: one row per variable, codes inline. */
class PlainCsvTest {

    private final CodebookRead read = CodebookRead.csv("plain.csv", "plain");
    private final Model model = read.model();

    @Test
    void readsEveryVariableInBothLanguages() {
        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(7);
        Resource vekt = read.variable("VEKT");
        assertThat(vekt.listProperties(SKOS.prefLabel).toList()).extracting(s -> s.getLiteral().getLanguage() + ":" + s.getString())
                .containsExactlyInAnyOrder("nb:Fødselsvekt", "en:Birth weight");
        assertThat(vekt.listProperties(SKOS.definition).toList()).extracting(s -> s.getLiteral().getLanguage())
                .containsExactlyInAnyOrder("nb", "en");
        assertThat(vekt.getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(read.variable("APGAR1").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        assertThat(read.variable("FLERFODSEL").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.xboolean);
        assertThat(read.variable("MERKNAD").listProperties(SKOS.prefLabel).toList()).hasSize(1);
        assertThat(read.hasBlankNodes()).isFalse();
    }

    @Test
    void unitIsAQudtIri() {
        assertThat(read.variable("VEKT").getPropertyResourceValue(SDMXAttribute.unitMeasure).getURI())
                .isEqualTo("http://qudt.org/vocab/unit/GM");
        assertThat(read.variable("KJONN").hasProperty(SDMXAttribute.unitMeasure)).isFalse();
    }

    @Test
    void yearsBecomeTheFirstAndLastDayOfThePeriod() {
        Resource period = read.variable("SVLEN").getPropertyResourceValue(DCTerms.temporal);

        assertThat(period.getProperty(DCAT.startDate).getLiteral()).isEqualTo(model.createTypedLiteral("1967-01-01", XSDDatatype.XSDdate));
        assertThat(period.getProperty(DCAT.endDate).getLiteral()).isEqualTo(model.createTypedLiteral("1998-12-31", XSDDatatype.XSDdate));
    }

    @Test
    void codesComeFromTheValuesCellAndTheMissingMarkerIsNotPartOfTheLabel() {
        Resource scheme = read.codeList("KJONN");

        assertThat(read.variable("KJONN").getProperty(DISCO.representation).getResource()).isEqualTo(scheme);
        assertThat(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList()).hasSize(3);
        Resource ukjent = read.code("KJONN", "9");
        assertThat(ukjent.getProperty(SKOS.prefLabel).getString()).isEqualTo("Ukjent");
        assertThat(ukjent.getProperty(VARCAT.missingValue).getBoolean()).isTrue();
        RDFNode gutt = read.code("KJONN", "1").getProperty(SKOS.prefLabel).getObject();
        assertThat(gutt.asLiteral().getString()).isEqualTo("Gutt");
        assertThat(read.code("KJONN", "1").hasProperty(VARCAT.missingValue)).isFalse();
    }
}
