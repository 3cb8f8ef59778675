package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The hand-written escaping round-trips through real parsers, worst cases included. */
class TextFormatsTest {

    private static final String NASTY = "Hun sa \"ja\"; han sa 'nei', a\\b & <c> æøå\ttab\nlinje";

    @Test
    void turtleLiteralRoundTrips() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("<urn:s> <urn:p> " + Escape.turtle(NASTY) + "@nb .").lang(Lang.TURTLE).parse(graph);

        assertThat(graph.find().next().getObject().getLiteralLexicalForm()).isEqualTo(NASTY);
    }

    @Test
    void xmlTextAndAttributeRoundTrip() throws Exception {
        String noTab = NASTY.replace("\t", " ").replace("\n", " ");
        String xml = "<a b=\"" + Escape.xml(noTab) + "\">" + Escape.xml(NASTY) + "</a>";
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                .getDocumentElement();

        assertThat(root.getTextContent()).isEqualTo(NASTY);
        assertThat(root.getAttribute("b")).isEqualTo(noTab);
    }

    @Test
    void csvCellsRoundTrip() {
        String oneLine = NASTY.replace("\n", " ");
        String line = String.join(";", Escape.csv(oneLine, ';'), Escape.csv(" padded ", ';'), Escape.csv("plain", ';'));

        assertThat(GeneratedFiles.cells(line, ';')).containsExactly(oneLine, " padded ", "plain");
        assertThat(Escape.csv("a,b", ';')).isEqualTo("a,b");
        assertThat(Escape.csv("a,b", ',')).isEqualTo("\"a,b\"");
    }

    @Test
    void jsonStringRoundTrips() {
        String control = NASTY + "\u0001";

        assertThat(JSON.parseAny(Escape.json(control)).getAsString().value()).isEqualTo(control);
    }

    @Test
    void allocationIsExact() {
        assertThat(Allocation.proportional(10, new int[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Allocation.proportional(7, new int[] {30, 20, 30, 20})).containsExactly(2, 2, 2, 1);
        assertThat(Allocation.chunks(25, 10)).containsExactly(9, 8, 8);
        assertThat(Allocation.chunks(0, 10)).isEmpty();
        assertThat(List.of(Decimals.ratio(2, 3), Decimals.permille(800), Decimals.permille(55))).containsExactly("0.667", "0.8", "0.055");
    }
}
