package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.RegisterSources;
import no.varcat.vocab.DISCO;

/**
 * Real published codebooks, read in place from the shared reference folder beside the checkout
 * (../../shared/reference from this module). Skipped where that folder is absent, as in a user's clone;
 * failed there with CI=true.
 */
class DdiReferenceFilesTest {

    private static final String B = DdiRead.BASE;

    @Test
    void sippSyntheticBetaDdi25Has141Variables() {
        DdiRead read = DdiRead.file(reference("ddi25_SIPP_Synthetic_Beta_v7-0-1.xml"));
        Model model = read.model();

        assertThat(read.issues().issues()).allMatch(issue -> issue.severity() == Severity.WARNING);
        assertThat(variableCount(model)).isEqualTo(141);
        assertThat(model.createResource(B + "#study").getProperty(DCTerms.title).getString()).isEqualTo("SSB_codebook_v7-0-beta");
        Resource valid = model.createResource(B + "/variable/flag_valid_ssn");
        assertThat(valid.getProperty(SKOS.prefLabel).getString()).isEqualTo("Respondent has a valid Social Security Number");
        assertThat(read.issues().issues()).anySatisfy(issue -> assertThat(issue.message()).contains("field_bach has code '11' twice"));
    }

    @Test
    void ipumsCpsExtractDdi25Has8VariablesAndItsYears() {
        DdiRead read = DdiRead.file(reference("ddi25_ipums_cps_00157.xml"));
        Model model = read.model();

        assertThat(read.issues().issues()).isEmpty();
        assertThat(variableCount(model)).isEqualTo(8);
        Resource period = model.createResource(B + "#temporal");
        assertThat(period.getProperty(DCAT.startDate).getLiteral().getLexicalForm()).isEqualTo("1962-01-01");
        assertThat(period.getProperty(DCAT.endDate).getLiteral().getLexicalForm()).isEqualTo("1963-12-31");
        assertThat(model.createResource(B + "/variable/YEAR").getProperty(SKOS.definition).getString())
                .startsWith("YEAR reports the year in which the survey was conducted.");
    }

    @Test
    void nesstarDdi122OaiRecordHas573VariablesWithStatisticsAndMissingCodes() {
        Path file = reference("ddi122_nesstar_FORS_ESS-CH-2004_oai-record.xml");
        DdiRead read = DdiRead.file(file);
        Model model = read.model();

        assertThat(read.issues().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("'xy'");
        });
        assertThat(variableCount(model)).isEqualTo(573);
        assertThat(model.createResource(B + "#study").getProperty(DCTerms.title).getString())
                .isEqualTo("European Social Survey in Switzerland - 2004");
        assertThat(model.listSubjectsWithProperty(model.createProperty(VARCAT_NS + "statisticType"), "vald").toList()).hasSize(573);
        assertThat(model.listSubjectsWithProperty(model.createProperty(VARCAT_NS + "missingValue"), model.createTypedLiteral(true))
                .toList()).hasSize(767);
        assertThat(DdiRead.file(file).graph().isIsomorphicWith(read.graph())).isTrue();
    }

    private static final String VARCAT_NS = "https://w3id.org/varcat/ns#";

    private static long variableCount(Model model) {
        return model.listObjectsOfProperty(model.createResource(B + "#study"), DISCO.variable).toList().size();
    }

    private static Path reference(String name) {
        return RegisterSources.file(name);
    }
}
