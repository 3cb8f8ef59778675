package no.varcat.harvest.ddi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/** Input a reader must refuse, and refuse clearly: malformed XML, other XML, and entity attacks. */
class DdiBadInputTest {

    private static final String SECRET = "varcat-secret-7f3a";

    @TempDir
    Path temp;

    @Test
    void malformedXmlIsAFatalIssueWithLineAndColumn() {
        IssueCollector issues = new IssueCollector();

        assertThatThrownBy(() -> DdiRead.into(GraphFactory.createDefaultGraph(), issues, DdiRead.resourceText("malformed.xml")))
                .isInstanceOf(SourceFormatException.class);
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.line()).isEqualTo(4);
            assertThat(issue.column()).isPositive();
            assertThat(issue.message()).startsWith("Not well-formed XML: ").contains("titlStmt").doesNotContain("ParseError");
        });
    }

    @Test
    void wellFormedXmlThatIsNotDdiIsRefusedWithTheRootItFound() {
        IssueCollector issues = new IssueCollector();

        assertThatThrownBy(() -> DdiRead.into(GraphFactory.createDefaultGraph(), issues, DdiRead.resourceText("not-ddi.xml")))
                .isInstanceOf(SourceFormatException.class);
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("<RDF>").contains("not a DDI codeBook");
            assertThat(issue.line()).isEqualTo(2);
        });
    }

    @Test
    void emptyInputIsRefused() {
        IssueCollector issues = new IssueCollector();

        assertThatThrownBy(() -> DdiRead.into(GraphFactory.createDefaultGraph(), issues, ""))
                .isInstanceOf(SourceFormatException.class);
        assertThat(issues.hasErrors()).isTrue();
    }

    @Test
    void externalEntityIsRefusedAndTheFileItNamesNeverRead() throws IOException {
        String xml = withSecretFile("xxe.xml");
        assertThat(expandedByAnUnsafeParser(xml)).as("the payload is live").contains(SECRET);
        Graph graph = GraphFactory.createDefaultGraph();
        IssueCollector issues = new IssueCollector();

        assertThatThrownBy(() -> DdiRead.into(graph, issues, xml)).isInstanceOf(SourceFormatException.class);
        assertThat(issues.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.FATAL);
            assertThat(issue.message()).contains("DTD with entities").contains("XXE");
            assertThat(issue.line()).isPositive();
        });
        assertThat(graph.find().toList()).noneMatch(t -> t.toString().contains(SECRET));
    }

    @Test
    void billionLaughsIsRefusedAtOnceWithoutExpanding() {
        IssueCollector issues = new IssueCollector();
        String xml = DdiRead.resourceText("billion-laughs.xml");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> DdiRead.into(GraphFactory.createDefaultGraph(), issues, xml))
                        .isInstanceOf(SourceFormatException.class));
        assertThat(issues.issues()).extracting(HarvestIssue::message).singleElement().asString().contains("billion laughs");
    }

    @Test
    void externalDtdIsNeverLoadedButTheCodebookStillReads() throws IOException {
        DdiRead read = DdiRead.text(withSecretFile("external-dtd.xml"));

        assertThat(read.issues().hasErrors()).isFalse();
        assertThat(read.issues().issues()).extracting(HarvestIssue::message).containsExactly("DOCTYPE ignored: external DTDs are never loaded");
        assertThat(read.graph().find().toList()).noneMatch(t -> t.toString().contains(SECRET));
        assertThat(read.model().listSubjects().toList()).hasSize(2);
    }

    private String withSecretFile(String fixture) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        return DdiRead.resourceText(fixture).replace("SECRET_FILE_URI", secret.toUri().toString());
    }

    /** What a parser with the JDK's defaults makes of the payload, to show the test guards something real. */
    private static String expandedByAnUnsafeParser(String xml) {
        try {
            XMLStreamReader reader = XMLInputFactory.newDefaultFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                reader.next();
                if (reader.isCharacters()) {
                    text.append(reader.getText());
                }
            }
            return text.toString();
        } catch (Exception e) {
            return "";
        }
    }
}
