package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/**
 * REDCap data dictionaries (preset {@code redcap}), harvested into a TDB2 store. The fixture
 * redcap-dictionary.csv is our own, written after a public one: IeDEA's tblCENTER dictionary,
 * https://github.com/IeDEA/redcap-dictionaries/blob/34fdfde48b5af20ce1d4e094af15167b104a3275/IeDEA_tblCENTER_2020-06-30.csv
 * (REDCap's 18 columns; labels with HTML over several lines; "descriptive" fields; choices
 * "1, Urban | 9, Unknown"; date_ymd validations; a dropdown with "autocomplete"; trailing empty rows).
 */
class RedcapDictionaryTest {

    private static final String REGISTER = "https://test.varcat.no/redcap/heart";

    @TempDir
    Path dir;

    @Test
    void aDesignerDownloadLandsWithTypesFromValidationsAndCodesFromChoices() {
        Harvested harvested = Harvested.harvest(URI.create("classpath:no/varcat/harvest/codebook/redcap-dictionary.csv"),
                "codebook-csv", REGISTER, "redcap", null);

        assertThat(harvested.report().succeeded()).isTrue();
        // REDCap does not say its language; labels are read as English, so the profile's wish for Bokmål ones is a warning.
        assertThat(harvested.report().issues()).allSatisfy(issue -> assertThat(issue.message()).contains("label in Norwegian Bokmål"));
        // 14 fields, one of them descriptive text: no variable.
        assertThat(harvested.variableCount()).isEqualTo(13);
        assertThat(harvested.variable("intro_txt").listProperties().hasNext()).isFalse();
        assertThat(harvested.label("admission_d")).isEqualTo("Admission date Date the patient was admitted");
        assertThat(harvested.variable("admission_d").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.date);
        assertThat(harvested.variable("admission_d").getProperty(DCTerms.subject).getString()).isEqualTo("admission");
        assertThat(harvested.variable("age").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(harvested.variable("weight").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        assertThat(harvested.variable("weight").getProperty(SKOS.definition).getString()).isEqualTo("Measured at admission");
        assertThat(harvested.variable("consent").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.xboolean);
        assertThat(harvested.variable("notes").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.xstring);
        assertThat(harvested.variable("bmi").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        assertThat(harvested.codes("bmi")).isEmpty();
        assertThat(harvested.codes("mi")).containsOnly(Map.entry("1", "Yes"), Map.entry("0", "No"), Map.entry("9", "Unknown"));
        assertThat(harvested.stored().createResource(REGISTER + "/codelist/mi/9").hasProperty(VARCAT.missingValue)).isTrue();
        assertThat(harvested.codes("smoking")).containsEntry("2", "Former smoker, quit").hasSize(3);
        assertThat(harvested.codes("country")).containsOnly(Map.entry("NOR", "Norway"), Map.entry("SWE", "Sweden"), Map.entry("DNK", "Denmark"));
        assertThat(harvested.codes("comorbidity")).hasSize(3);
        assertThat(harvested.variable("discharge_d").getProperty(DCTerms.subject).getString()).isEqualTo("discharge");
    }

    @Test
    void anApiExportWithTheShortColumnNamesLandsToo() throws IOException {
        Path file = Files.writeString(dir.resolve("metadata.csv"), """
                field_name,form_name,section_header,field_type,field_label,select_choices_or_calculations,field_note,text_validation_type_or_show_slider_number
                record_id,baseline,,text,Record ID,,,
                sex,baseline,,radio,Sex,"1, Female | 2, Male | 9, Unknown",,
                """, StandardCharsets.UTF_8);

        Harvested harvested = Harvested.harvest(file.toUri(), "codebook-csv", REGISTER, "redcap", null);

        assertThat(harvested.report().succeeded()).isTrue();
        assertThat(harvested.variableCount()).isEqualTo(2);
        assertThat(harvested.codes("sex")).containsOnly(Map.entry("1", "Female"), Map.entry("2", "Male"), Map.entry("9", "Unknown"));
    }
}
