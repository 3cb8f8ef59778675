package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.RegisterSources;
import no.varcat.vocab.DISCO;

/** DDI's unit of analysis (var anlysUnit, else the study's sumDscr/anlyUnit) as the variable's disco:analysisUnit. */
class DdiAnalysisUnitTest {

    private static final String B = DdiRead.BASE;
    private static final String UNIT_TYPE = "https://w3id.org/varcat/unit-type/";

    @Test
    void aVariablesOwnUnitComesFirstAndTheStudysIsTheRest() {
        DdiRead read = DdiRead.text("""
                <codeBook xmlns="ddi:codebook:2_5">
                  <stdyDscr><citation><titlStmt><titl>Opphold</titl></titlStmt></citation>
                    <stdyInfo><sumDscr><anlyUnit unit="individual">Pasienter</anlyUnit></sumDscr></stdyInfo></stdyDscr>
                  <dataDscr>
                    <var name="LIGGETID"><labl>Liggetid</labl><anlysUnit>Sykehusopphold</anlysUnit></var>
                    <var name="ALDER"><labl>Alder</labl></var>
                    <var name="RARE"><labl>Sjelden</labl><anlysUnit>Romskip</anlysUnit></var>
                  </dataDscr>
                </codeBook>
                """);
        Model model = read.model();

        assertThat(unit(model, "LIGGETID")).isEqualTo(UNIT_TYPE + "episode");
        assertThat(unit(model, "ALDER")).isEqualTo(UNIT_TYPE + "person");
        assertThat(unit(model, "RARE")).as("its own unit, unknown, is not the study's").isNull();
        assertThat(read.issues().issues()).extracting(HarvestIssue::message)
                .anySatisfy(m -> assertThat(m).contains("'Romskip'").contains("variable RARE"));
    }

    @Test
    void theRealCodebooksNameTheirStudysUnit() {
        Model sipp = DdiRead.file(RegisterSources.file("ddi25_SIPP_Synthetic_Beta_v7-0-1.xml")).model();
        Model nesstar = DdiRead.file(RegisterSources.file("ddi122_nesstar_FORS_ESS-CH-2004_oai-record.xml")).model();

        assertThat(sipp.listObjectsOfProperty(DISCO.analysisUnit).toList()).extracting(n -> n.asResource().getURI())
                .containsExactly(UNIT_TYPE + "person");
        assertThat(nesstar.listObjectsOfProperty(DISCO.analysisUnit).toList()).extracting(n -> n.asResource().getURI())
                .containsExactly(UNIT_TYPE + "person");
    }

    private static String unit(Model model, String variable) {
        Resource unit = model.getResource(B + "/variable/" + variable).getPropertyResourceValue(DISCO.analysisUnit);
        return unit == null ? null : unit.getURI();
    }
}
