package no.varcat.harvest.ddi;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.varcat.harvest.input.Iris;

/**
 * Mints the IRIs of everything read from one codebook, under the base the source is read with.
 * Every IRI comes from the base and names in the file, never from counters or blank nodes, so
 * reading the same file twice gives the same triples and a changed file shows as a small diff.
 * Variables and code lists follow the rule every reader does ({@link Iris}).
 */
final class CodebookIris {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final String base;
    private final Node study;

    private CodebookIris(String base, Node study) {
        this.base = base;
        this.study = study;
    }

    /** The base without fragment or trailing slash, so "#study" and "/variable/x" can be appended. */
    static CodebookIris under(String baseIri) {
        int hash = baseIri.indexOf('#');
        String base = Iris.base(hash >= 0 ? baseIri.substring(0, hash) : baseIri);
        return new CodebookIris(base, iri(base + "#study"));
    }

    /**
     * For a codebook of a register the catalog already describes: the register is the study, and
     * the variables live under its IRI, whatever address the file was fetched from.
     */
    static CodebookIris forRegister(String registerIri) {
        CodebookIris under = under(registerIri);
        return new CodebookIris(under.base, iri(registerIri));
    }

    Node study() {
        return study;
    }

    Node studyPeriod() {
        return iri(base + "#temporal");
    }

    Node identifier(String value) {
        return iri(base + "/identifier/" + Iris.segment(value));
    }

    Node agent(String name) {
        return iri(base + "/agent/" + Iris.segment(name));
    }

    Node variable(String name) {
        return iri(Iris.variable(base, name));
    }

    Node question(String variable, int position) {
        return iri(Iris.variable(base, variable) + "/question/" + position);
    }

    Node universe(String variable) {
        return iri(Iris.variable(base, variable) + "/universe");
    }

    Node statistic(String variable, SummaryStatistic statistic) {
        return iri(Iris.variable(base, variable) + "/stat/" + Iris.segment(statistic.type() + (statistic.weighted() ? "-weighted" : "")));
    }

    Node codeList(String variable) {
        return iri(Iris.codeList(base, variable));
    }

    Node code(String variable, String value) {
        return iri(Iris.code(base, variable, value));
    }

    /** Whether an attribute's text (a URI or measUnit) is a web address that can be an IRI as it is. */
    static boolean isWebAddress(String text) {
        return text != null && WEB_ADDRESS.matcher(text).matches();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
