package no.varcat.harvest.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.vocab.DISCO;

/** CSV codebooks as they arrive in practice: other encodings, other delimiters, broken rows. */
class CsvBadInputTest {

    private static final String PLAIN_HEADER = "name,label,description,type,values\n";

    @Test
    void latin1IsDetectedReportedAndDecodedSoLettersSurvive() {
        CodebookRead read = CodebookRead.csv("plain-latin1.csv", "plain");

        assertThat(read.issues().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.message()).contains("not UTF-8").contains("Latin-1");
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.column()).isEqualTo(7);
        });
        assertThat(read.variable("VEKT").getProperty(SKOS.prefLabel).getString()).isEqualTo("Fødselsvekt");
        assertThat(read.variable("KJONN").getProperty(SKOS.prefLabel).getString()).isEqualTo("Barnets kjønn");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        CodebookRead read = CodebookRead.csv("plain-bom.csv", "plain");

        assertThat(read.issues().issues()).isEmpty();
        assertThat(read.variables()).hasSize(2);
        assertThat(read.variable("VEKT").getProperty(SKOS.prefLabel).getString()).isEqualTo("Fødselsvekt");
    }

    @Test
    void aHeaderWithOtherColumnsNamesWhatIsMissingAndWhatWasFound() {
        IssueCollector issues = CodebookRead.refused(new CsvCodebookReader(),
                "Variabel;Tekst\nVEKT;Vekt\n".getBytes(StandardCharsets.UTF_8), "plain");

        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(1);
            assertThat(issue.message()).contains("lacks name, label, description, type, values")
                    .contains("found columns 'Variabel', 'Tekst' (read as ';'-separated)");
        });
    }

    @Test
    void aFileInTheOtherPresetIsRecognised() {
        IssueCollector issues = CodebookRead.refused(new CsvCodebookReader(), CodebookRead.fixture("kodebok.csv"), "plain");

        assertThat(issues.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("looks like preset kodebok");
    }

    @Test
    void raggedRowIsSkippedWithItsLine() {
        CodebookRead read = CodebookRead.csv("plain-ragged.csv", "plain");

        assertThat(read.issues().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("6 cells where the header has 5");
        });
        assertThat(read.variables()).extracting(v -> v.getProperty(SKOS.notation).getString()).containsExactlyInAnyOrder("VEKT", "KJONN");
    }

    @Test
    void unknownTypeKeepsTheVariableWithoutARepresentation() {
        CodebookRead read = CodebookRead.csvText(PLAIN_HEADER + "VEKT,Fødselsvekt,,integer,\nTID,Klokkeslett,,time,\n", "plain");

        assertThat(read.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.column()).isEqualTo(4);
            assertThat(issue.message()).contains("unknown type 'time'").contains("integer");
        });
        assertThat(read.variable("TID").getProperty(SKOS.prefLabel).getString()).isEqualTo("Klokkeslett");
        assertThat(read.variable("TID").hasProperty(DISCO.representation)).isFalse();
    }

    @Test
    void duplicateVariableIsReportedAndTheFirstWins() {
        CodebookRead read = CodebookRead.csvText(PLAIN_HEADER
                + "VEKT,Fødselsvekt,,integer,\nKJONN,Kjønn,,code,1=Gutt\nVEKT,Vekt igjen,,decimal,\n", "plain");

        assertThat(read.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.message()).contains("VEKT is defined again (first at line 2)");
        });
        assertThat(read.variable("VEKT").listProperties(SKOS.prefLabel).toList()).singleElement()
                .extracting(s -> s.getString()).isEqualTo("Fødselsvekt");
        assertThat(read.variables()).hasSize(2);
    }

    @Test
    void repeatedCodeAndBadCellsAreWarningsAtTheCell() {
        CodebookRead read = CodebookRead.csvText("name,label,description,type,values,from_year,to_year,unit\n"
                + "KJONN,Kjønn,,code,1=Gutt|1=Jente|=Tom|2,1967,,\n"
                + "VEKT,Vekt,,integer,,i fjor,,g ram\n", "plain");

        assertThat(read.warnings()).extracting(issue -> issue.line() + ":" + issue.column() + " " + issue.message())
                .anySatisfy(m -> assertThat(m).startsWith("2:-1 ").contains("Code '1' of KJONN is given again"))
                .anySatisfy(m -> assertThat(m).startsWith("2:5 ").contains("no code before '='"))
                .anySatisfy(m -> assertThat(m).startsWith("2:5 ").contains("'2' in the codes of KJONN is not code=label"))
                .anySatisfy(m -> assertThat(m).startsWith("3:6 ").contains("'i fjor'").contains("not a date or a year"))
                .anySatisfy(m -> assertThat(m).startsWith("3:8 ").contains("Unit 'g ram'"))
                .hasSize(5);
        assertThat(read.code("KJONN", "1").getProperty(SKOS.prefLabel).getString()).isEqualTo("Gutt");
        assertThat(read.code("KJONN", "2").hasProperty(SKOS.notation)).isTrue();
    }

    @Test
    void emptyFileAndHeaderWithoutRowsAreErrors() {
        IssueCollector empty = CodebookRead.refused(new CsvCodebookReader(), new byte[0], "plain");
        IssueCollector blank = CodebookRead.refused(new CsvCodebookReader(), "\uFEFF\n\n".getBytes(StandardCharsets.UTF_8), "plain");
        IssueCollector headerOnly = CodebookRead.refused(new CsvCodebookReader(), PLAIN_HEADER.getBytes(StandardCharsets.UTF_8), "plain");

        assertThat(empty.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).isEqualTo("The file is empty");
        });
        assertThat(blank.issues()).singleElement().extracting(issue -> issue.message()).isEqualTo("The file is empty");
        assertThat(headerOnly.issues()).singleElement().extracting(issue -> issue.message()).asString().contains("no variables");
    }

    @Test
    void unclosedQuoteStopsTheReadWithItsLine() {
        IssueCollector issues = CodebookRead.refused(new CsvCodebookReader(),
                (PLAIN_HEADER + "VEKT,Vekt,,integer,\nKJONN,\"Kjønn,,code,\n").getBytes(StandardCharsets.UTF_8), "plain");

        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).startsWith("Malformed CSV");
            assertThat(issue.line()).isEqualTo(3);
        });
    }

    @Test
    void withoutARegisterOrWithAnUnknownPresetNothingIsRead() {
        IssueCollector noRegister = new IssueCollector();
        assertThatThrownBy(() -> new CsvCodebookReader().read(new ByteArrayInputStream(CodebookRead.fixture("plain.csv")),
                "https://test.varcat.no/base", StreamRDFLib.graph(GraphFactory.createDefaultGraph()), noRegister))
                .isInstanceOf(SourceFormatException.class);
        IssueCollector unknownPreset = CodebookRead.refused(new CsvCodebookReader(), CodebookRead.fixture("plain.csv"), "sas");

        assertThat(noRegister.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("codebook-csv does not name its register").contains("set the source's register");
        assertThat(unknownPreset.issues()).singleElement().extracting(issue -> issue.message()).asString()
                .contains("Unknown preset 'sas'").contains("kodebok, plain");
    }
}
