package no.varcat.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.catalog.variable.Code;
import no.varcat.catalog.variable.CodeTimeline;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSuccessions;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.harvest.codebook.CsvCodebookReader;
import no.varcat.harvest.microdata.MicrodataJsonReader;

/**
 * The days each code is in force, read from every format that gives them, harvested through the
 * standard harvester and read back as the variable page reads them. DDI-Codebook has no such dates
 * (docs/source-formats.md): its categories are never dated.
 */
class CodeValidityHarvestTest {

    private static final String REGISTER = "https://test.varcat.no/dar";

    @TempDir
    Path dir;

    private final InMemoryHarvest harvest = new InMemoryHarvest(true);

    @AfterEach
    void close() {
        harvest.close();
    }

    @Test
    void microdataDatasetCodesKeepTheirValidFromAndValidUntilAndARelabelledCodeIsACodeOfItsOwn() {
        harvested(new HarvestSource("microdata", URI.create("classpath:no/varcat/harvest/microdata/DODSAARSAK_GRUPPE.json"),
                MicrodataJsonReader.FORMAT, "Microdata", REGISTER, null));

        List<Code> codes = codes("DODSAARSAK_GRUPPE");
        assertThat(codes).extracting(Code::notation).containsExactly("01", "02", "03", "04", "04", "99");
        assertThat(codes.get(1).validFrom()).isEqualTo(LocalDate.of(1986, 1, 1));
        assertThat(codes.get(1).validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        assertThat(codes.get(4).label().in("nb")).isEqualTo("Ulykker og skader");
        assertThat(codes.get(4).validFrom()).isEqualTo(LocalDate.of(1996, 1, 1));
        assertThat(codes.get(5).dated()).as("a missing value without dates").isFalse();
        CodeTimeline.Changes changes = new CodeTimeline(codes).between(1990, 2000);
        assertThat(changes.added()).extracting(Code::notation).containsExactly("03");
        assertThat(changes.removed()).extracting(Code::notation).containsExactly("02");
        assertThat(changes.relabelled()).extracting(r -> r.after().notation()).containsExactly("04");
    }

    @Test
    void microdataDataStructuresGiveACodeListPerPeriodFoldedIntoCodePeriods() {
        harvested(new HarvestSource("microdata", URI.create("classpath:no/varcat/harvest/microdata/structures-over-time.json"),
                MicrodataJsonReader.FORMAT, "Microdata", REGISTER, null));

        List<Code> codes = codes("SIVSTAND");
        assertThat(codes).extracting(Code::notation).containsExactly("1", "2", "3", "3", "6", "9");
        assertThat(codes.get(0).validFrom()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(codes.get(0).validUntil()).as("kept by both periods: one code").isNull();
        assertThat(codes.get(2).validUntil()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(codes.get(3).label().in("nb")).isEqualTo("Enke/enkemann/gjenlevende partner");
        assertThat(codes.get(4).validFrom()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(codes.get(5).missing()).isTrue();
        assertThat(new CodeTimeline(codes).versions(1995, 2024)).extracting(CodeTimeline.Version::fromYear).containsExactly(1995, 2000);
    }

    @Test
    void aKodebokGivesEachCodeRowsDays() throws IOException {
        Path file = write("kodebok.csv", """
                "skjemanavn";"ledetekst";"type";"listeverdier";"listetekst";"kode_gyldig_fra";"kode_gyldig_til";"variabel_id"
                "Dødsmelding";"Dødsårsak, gruppert";"Listevariabel";"1";"Kreft";"";"";"AARSAK"
                "Dødsmelding";"Dødsårsak, gruppert";"Listevariabel";"2";"Hjertesykdom";"1986";"1995";"AARSAK"
                "Dødsmelding";"Dødsårsak, gruppert";"Listevariabel";"3";"Iskemisk hjertesykdom";"1996-01-01";"";"AARSAK"
                "Dødsmelding";"Dødsårsak, gruppert";"Listevariabel";"4";"Ulykke";"";"31.12.1995";"AARSAK"
                "Dødsmelding";"Dødsårsak, gruppert";"Listevariabel";"4";"Ulykker og skader";"1996";"";"AARSAK"
                """);
        harvested(new HarvestSource("kodebok", file.toUri(), CsvCodebookReader.FORMAT, "Kodebok", REGISTER, "kodebok"));

        List<Code> codes = codes("AARSAK");
        assertThat(codes).extracting(Code::notation).containsExactly("1", "2", "3", "4", "4");
        assertThat(codes.get(0).dated()).isFalse();
        assertThat(codes.get(1).validFrom()).isEqualTo(LocalDate.of(1986, 1, 1));
        assertThat(codes.get(1).validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        assertThat(codes.get(3).validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        assertThat(codes.get(4).validFrom()).isEqualTo(LocalDate.of(1996, 1, 1));
    }

    @Test
    void aPlainCodebookGivesACodeListPerPeriodInRowsOfTheSameVariable() throws IOException {
        Path file = write("plain.csv", """
                name,label,description,type,values,code_valid_from,code_valid_until
                AARSAK,Dødsårsak,,code,1=Kreft|2=Hjertesykdom|9=Ukjent [missing],1986,1995
                AARSAK,Dødsårsak,,code,1=Kreft|3=Iskemisk hjertesykdom|9=Ukjent [missing],1996,
                """);
        harvested(new HarvestSource("plain", file.toUri(), CsvCodebookReader.FORMAT, "Plain", REGISTER, "plain"));

        List<Code> codes = codes("AARSAK");
        assertThat(codes).extracting(Code::notation).containsExactly("1", "2", "3", "9");
        assertThat(codes.get(0).validFrom()).isEqualTo(LocalDate.of(1986, 1, 1));
        assertThat(codes.get(0).validUntil()).as("the same code in both periods").isNull();
        assertThat(codes.get(1).validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        assertThat(codes.get(2).validFrom()).isEqualTo(LocalDate.of(1996, 1, 1));
        assertThat(codes.get(3).missing()).isTrue();
    }

    @Test
    void skosConceptsWithSchemaOrgValidityAndASuccessorLandAsPublished() throws IOException {
        Path file = write("dar.ttl", """
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix disco: <http://rdf-vocabulary.ddialliance.org/discovery#> .
                @prefix schema: <https://schema.org/> .
                <https://test.varcat.no/dar> a dcat:Dataset ; dct:title "Dødsårsaksregisteret"@nb ;
                    disco:variable <https://test.varcat.no/dar/AARSAK9> , <https://test.varcat.no/dar/AARSAK10> .
                <https://test.varcat.no/dar/AARSAK9> a disco:Variable , skos:Concept ; skos:notation "AARSAK9" ;
                    skos:prefLabel "Dødsårsak (ICD-9)"@nb ; dct:isReplacedBy <https://test.varcat.no/dar/AARSAK10> ;
                    disco:representation <https://test.varcat.no/dar/aarsak> .
                <https://test.varcat.no/dar/AARSAK10> a disco:Variable , skos:Concept ; skos:notation "AARSAK10" ;
                    skos:prefLabel "Dødsårsak (ICD-10)"@nb .
                <https://test.varcat.no/dar/aarsak> a skos:ConceptScheme ; skos:prefLabel "Dødsårsak"@nb .
                <https://test.varcat.no/dar/aarsak/1> a skos:Concept ; skos:inScheme <https://test.varcat.no/dar/aarsak> ;
                    skos:notation "1" ; skos:prefLabel "Kreft"@nb ;
                    schema:validFrom "1986-01-01"^^xsd:date ; schema:validThrough "1995-12-31"^^xsd:date .
                """);
        HarvestReport report = harvest.harvest(new HarvestSource("dar", file.toUri(), "turtle", "DÅR"));
        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();

        Code code = new VariableRepository(harvest.store).find("https://test.varcat.no/dar/AARSAK9").orElseThrow().codes().get(0);
        assertThat(code.validFrom()).isEqualTo(LocalDate.of(1986, 1, 1));
        assertThat(code.validUntil()).isEqualTo(LocalDate.of(1995, 12, 31));
        VariableRepository variables = new VariableRepository(harvest.store);
        assertThat(new VariableSuccessions(harvest.store, variables).of("https://test.varcat.no/dar/AARSAK9").successors())
                .extracting(VariableSummary::notation).containsExactly("AARSAK10");
    }

    private void harvested(HarvestSource source) {
        HarvestReport report = harvest.harvest(source);
        assertThat(report.succeeded()).as("%s", report.issues()).isTrue();
        assertThat(report.issues()).as("the codes and their periods pass the shapes: %s", report.issues())
                .noneMatch(i -> i.message().contains("CodeShape") || i.message().contains("code list"));
    }

    private List<Code> codes(String notation) {
        return new VariableRepository(harvest.store).find(REGISTER + "/variable/" + notation).orElseThrow().codes();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
