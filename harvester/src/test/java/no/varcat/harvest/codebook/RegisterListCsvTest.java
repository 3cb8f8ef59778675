package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.vocab.DISCO;

/** Preset {@code register-list}: several registers in one CSV, a register per row. */
class RegisterListCsvTest {

    private static final String HEADER = "register_name,register_abbrev,start_year,end_year,variable_name,danish_description,"
            + "english_description,data_type,format,expected_values_from,expected_values_to,explanation_of_values,comments\n";

    private static final String TWO_REGISTERS = HEADER
            + "Befolkning,bef,1968,NA,pnr,personnummer,person number,string,12 digits,NA,NA,NA,NA\n"
            + "Befolkning,bef,1968,NA,koen,koen,sex,integer,1 digit,1,2,2 is woman,NA\n"
            + "Sygesikring,sysi,1990,2005,pnr,personnummer,person number,string,12 digits,NA,NA,NA,NA\n"
            + "Sygesikring,sysi,1990,2005,honorar,honorar,fee,double,standard,0,100,NA,NA\n";

    @Test
    void eachRegisterIsADatasetWithItsOwnVariables() {
        CodebookRead read = CodebookRead.csvText(TWO_REGISTERS, "register-list");

        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(4);
        Resource bef = register(read, "bef");
        Resource sysi = register(read, "sysi");
        assertThat(bef.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
        assertThat(bef.getProperty(DCTerms.title).getLiteral().getLanguage()).isEqualTo("da");
        assertThat(sysi.getProperty(DCTerms.title).getString()).isEqualTo("Sygesikring");
        assertThat(bef.hasProperty(DISCO.variable, variable(read, "bef", "pnr"))).isTrue();
        assertThat(sysi.hasProperty(DISCO.variable, variable(read, "sysi", "pnr"))).isTrue();
        assertThat(bef.hasProperty(DISCO.variable, variable(read, "sysi", "pnr"))).isFalse();
        assertThat(read.hasBlankNodes()).isFalse();
    }

    @Test
    void mapsDescriptionsTypesAndOpenPeriods() {
        CodebookRead read = CodebookRead.csvText(TWO_REGISTERS, "register-list");

        Resource sex = variable(read, "bef", "koen");
        assertThat(sex.getProperty(SKOS.definition, "da").getString()).isEqualTo("koen");
        assertThat(sex.getProperty(SKOS.definition, "en").getString()).isEqualTo("sex");
        assertThat(sex.getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(variable(read, "sysi", "honorar").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        Resource open = sex.getPropertyResourceValue(DCTerms.temporal);
        assertThat(open.getProperty(DCAT.startDate).getLiteral())
                .isEqualTo(read.model().createTypedLiteral("1968-01-01", XSDDatatype.XSDdate));
        assertThat(open.hasProperty(DCAT.endDate)).isFalse();
        Resource closed = variable(read, "sysi", "honorar").getPropertyResourceValue(DCTerms.temporal);
        assertThat(closed.getProperty(DCAT.endDate).getLiteral())
                .isEqualTo(read.model().createTypedLiteral("2005-12-31", XSDDatatype.XSDdate));
    }

    @Test
    void rowWithoutRegisterIsSkippedWithAWarning() {
        CodebookRead read = CodebookRead.csvText(HEADER + "Befolkning,,1968,NA,pnr,p,p,string,,,,,\n"
                + "Befolkning,bef,1968,NA,koen,k,sex,integer,,,,,\n", "register-list");

        assertThat(read.variables()).hasSize(1);
        assertThat(read.warnings()).extracting(issue -> issue.message()).containsExactly("Row names no register; skipped");
    }

    private static Resource register(CodebookRead read, String abbrev) {
        return read.model().createResource(CodebookRead.REGISTER + "/" + abbrev);
    }

    private static Resource variable(CodebookRead read, String abbrev, String name) {
        return read.model().createResource(CodebookRead.REGISTER + "/" + abbrev + "/variable/" + name);
    }
}
