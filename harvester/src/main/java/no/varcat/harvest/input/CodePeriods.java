package no.varcat.harvest.input;

import java.time.LocalDate;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The days a code is in force, as every reader writes them (docs/model.md, Code list and code): a
 * {@code dct:PeriodOfTime} at {@code {code}#period}. A value a code list reuses after its first code
 * ended (a relabelled code) is a code of its own, at {@code {code}/{first day}} (its last day when
 * it has no first).
 */
public final class CodePeriods {

    private CodePeriods() {
    }

    /**
     * The IRI of a code of {@code variable}; {@code valuesSeen} holds the values given IRIs so far
     * for this variable, and is added to.
     */
    public static String code(String base, String variable, String value, LocalDate from, LocalDate until, Set<String> valuesSeen) {
        String first = Iris.code(base, variable, value);
        LocalDate day = from != null ? from : until;
        return valuesSeen.add(value) || day == null ? first : first + "/" + day;
    }

    /** The code's period; nothing when neither day is known. */
    public static void write(StreamRDF sink, String codeIri, LocalDate from, LocalDate until) {
        if (from == null && until == null) {
            return;
        }
        Node code = NodeFactory.createURI(codeIri);
        Node period = NodeFactory.createURI(codeIri + "#period");
        sink.triple(Triple.create(code, DCTerms.temporal.asNode(), period));
        sink.triple(Triple.create(period, RDF.type.asNode(), DCTerms.PeriodOfTime.asNode()));
        if (from != null) {
            sink.triple(Triple.create(period, DCAT.startDate.asNode(), date(from)));
        }
        if (until != null) {
            sink.triple(Triple.create(period, DCAT.endDate.asNode(), date(until)));
        }
    }

    private static Node date(LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }
}
