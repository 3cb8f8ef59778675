package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.ReferenceFiles;
import no.varcat.vocab.DISCO;

/**
 * A real OQR kodebok, read in place from the shared reference folder beside the checkout
 * (../../shared/reference from this module); see {@link ReferenceFiles} for where it is absent.
 */
class KodebokReferenceFileTest {

    @Test
    void oqrKodebokReadsWithoutErrorsIntoItsFourVariables() throws IOException {
        Path file = ReferenceFiles.registerSource("oqr_kodebok_norwegian-quality-register-codebook.csv");

        CodebookRead read = CodebookRead.read(new CsvCodebookReader(), Files.readAllBytes(file), "kodebok");

        assertThat(read.issues().hasErrors()).isFalse();
        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(4);
        assertThat(read.variable("PATIENT_SSN").getProperty(SKOS.prefLabel).getString()).isEqualTo("Fødselsnummer");
        assertThat(read.variable("PATIENT_SSN").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.xstring);
        assertThat(read.variable("PATIENT_REGISTERED_DATE").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.date);
        assertThat(read.variable("BASEREG_DEBUT_ARYT_AAR").getProperty(DISCO.representation).getResource()).isEqualTo(XSD.integer);
        assertThat(read.variable("BASEREG_DEBUT_ARYT_AAR").getProperty(DCTerms.subject).getString()).isEqualTo("Basisskjema");
        assertThat(read.variable("BASEREG_DEBUT_ARYT_AAR").hasProperty(DCTerms.temporal)).isTrue();
        assertThat(read.hasBlankNodes()).isFalse();
    }
}
