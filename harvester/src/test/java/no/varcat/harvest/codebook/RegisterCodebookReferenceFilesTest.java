package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.ReferenceFiles;
import no.varcat.vocab.DISCO;

/**
 * The codebooks Norwegian quality registers publish, the real files read in place from
 * ../shared/reference/register-sources and harvested through the standard harvester into a TDB2
 * store: the MRS 5 kodebok workbook (from the rapwhale package's tests) and the OQR kodebok CSV.
 */
class RegisterCodebookReferenceFilesTest {

    private static final String REGISTER = "https://test.varcat.no/mrs/testregister";

    @Test
    void mrsKodebokWorkbookLandsWithEveryFormsFieldsAndInlineCodes() {
        Harvested harvested = Harvested.harvest(ReferenceFiles.registerSource("mrs5-kodebok_rapwhale_parse_kodebok_ok.xlsx").toUri(),
                "codebook-xlsx", REGISTER, "mrs", null);

        assertThat(harvested.report().succeeded()).as("%s", harvested.report().issues()).isTrue();
        assertThat(harvested.report().issues()).noneMatch(issue -> issue.severity() != Severity.WARNING);
        // Two forms, "1-Testskjema-felter" (10 fields) and "2-Sluttskjema-felter" (11, of which 10 are also on the first).
        assertThat(harvested.variableCount()).isEqualTo(11);
        assertThat(harvested.report().issues()).singleElement().extracting(issue -> issue.message()).asString()
                .startsWith("10 variables are on several sheets (PasientGUID, Skjematype, UnitId,");
        assertThat(harvested.label("Hoyde")).isEqualTo("Høyde (cm)");
        assertThat(harvested.variable("Hoyde").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.decimal);
        assertThat(harvested.variable("Innlagt").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.dateTime);
        assertThat(harvested.variable("HoydeUkjent").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.xboolean);
        assertThat(harvested.variable("PatientAge").getProperty(SKOS.definition).getString()).startsWith("PatientAge blir kalkulert");
        assertThat(harvested.variable("Hoyde").getProperty(DCTerms.subject).getString()).isEqualTo("Testskjema");
        assertThat(harvested.variable("VektUkjent").getProperty(DCTerms.subject).getString()).isEqualTo("Sluttskjema");
        assertThat(harvested.codes("PatientGender")).containsOnly(Map.entry("0", "Ukjent"), Map.entry("1", "Mann"),
                Map.entry("2", "Kvinne"));
        assertThat(harvested.codes("FormStatus")).containsOnly(Map.entry("0", "Ingen"), Map.entry("1", "Kladd"),
                Map.entry("2", "Ferdigstilt"), Map.entry("4", "Slettet"), Map.entry("5", "Returnert"));
    }

    @Test
    void oqrKodebokCsvLandsWithItsSemicolonsAndDates() {
        Harvested harvested = Harvested.harvest(
                ReferenceFiles.registerSource("oqr_kodebok_norwegian-quality-register-codebook.csv").toUri(),
                "codebook-csv", REGISTER, "kodebok", null);

        assertThat(harvested.report().succeeded()).isTrue();
        assertThat(harvested.report().issues()).isEmpty();
        assertThat(harvested.variableCount()).isEqualTo(4);
        assertThat(harvested.label("PATIENT_SSN")).isEqualTo("Fødselsnummer");
        assertThat(harvested.variable("BASEREG_DEBUT_ARYT_AAR").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
    }
}
