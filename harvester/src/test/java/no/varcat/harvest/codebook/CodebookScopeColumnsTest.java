package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.VARCAT;

/** The optional temporality, unit type and population columns of the codebook presets and of a source's own columns. */
class CodebookScopeColumnsTest {

    private static final String TEMPORALITY = "https://w3id.org/varcat/temporality/";
    private static final String UNIT_TYPE = "https://w3id.org/varcat/unit-type/";

    @Test
    void plainReadsThemByCodeOrLabel() {
        CodebookRead read = CodebookRead.csvText("""
                name,label,description,type,values,temporality,unit_type,population
                LIGGEDOGN,Liggedøgn,Døgn på sykehus,integer,,ACCUMULATED,Sykehusopphold,Alle innlagte pasienter
                KJONN,Kjønn,Kjønn,code,1=Mann|2=Kvinne,fast,PERSON,
                ATC,Legemiddel,ATC-kode,string,,Hendelse,utlevering,
                RAR,Rar,Rar,string,,sometimes,romskip,
                """, "plain");

        Resource stay = read.variable("LIGGEDOGN");
        assertThat(stay.getPropertyResourceValue(VARCAT.temporality).getURI()).isEqualTo(TEMPORALITY + "accumulated");
        assertThat(stay.getPropertyResourceValue(DISCO.analysisUnit).getURI()).isEqualTo(UNIT_TYPE + "episode");
        assertThat(stay.getPropertyResourceValue(DISCO.universe).getProperty(org.apache.jena.vocabulary.SKOS.definition, "nb")
                .getString()).isEqualTo("Alle innlagte pasienter");
        assertThat(read.variable("KJONN").getPropertyResourceValue(VARCAT.temporality).getURI()).isEqualTo(TEMPORALITY + "fixed");
        assertThat(read.variable("KJONN").hasProperty(DISCO.universe)).isFalse();
        assertThat(read.variable("ATC").getPropertyResourceValue(DISCO.analysisUnit).getURI()).isEqualTo(UNIT_TYPE + "prescription");
        assertThat(read.variable("ATC").getPropertyResourceValue(VARCAT.temporality).getURI()).isEqualTo(TEMPORALITY + "event");
        assertThat(read.variable("RAR").hasProperty(VARCAT.temporality)).isFalse();
        assertThat(read.variable("RAR").hasProperty(DISCO.analysisUnit)).isFalse();
        assertThat(read.issues().issues()).extracting(HarvestIssue::message)
                .anySatisfy(m -> assertThat(m).contains("'sometimes'").contains("temporality"))
                .anySatisfy(m -> assertThat(m).contains("'romskip'").contains("unit type"));
    }

    @Test
    void kodebokReadsItsNorwegianColumnNames() {
        CodebookRead read = CodebookRead.csvText("""
                variabel_id;ledetekst;type;tidsdimensjon;enhetstype;populasjon
                INNLEGGELSE;Innleggelsesdato;Datovariabel;EVENT;episode;Pasienter innlagt med hjerneslag
                """, "kodebok");

        Resource admission = read.variable("INNLEGGELSE");
        assertThat(admission.getPropertyResourceValue(VARCAT.temporality).getURI()).isEqualTo(TEMPORALITY + "event");
        assertThat(admission.getPropertyResourceValue(DISCO.analysisUnit).getURI()).isEqualTo(UNIT_TYPE + "episode");
        assertThat(admission.hasProperty(DISCO.universe)).isTrue();
    }
}
