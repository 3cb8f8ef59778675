package no.varcat.harvest.ddi;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of everything read from one codebook, under the base the source is read with.
 * Every IRI comes from the base and names in the file, never from counters or blank nodes, so
 * reading the same file twice gives the same triples and a changed file shows as a small diff.
 */
final class CodebookIris {

    private final String base;
    private final Node study;

    private CodebookIris(String base, Node study) {
        this.base = base;
        this.study = study;
    }

    /** The base without fragment or trailing slash, so "#study" and "/variable/x" can be appended. */
    static CodebookIris under(String baseIri) {
        String base = baseIri;
        int hash = base.indexOf('#');
        if (hash >= 0) {
            base = base.substring(0, hash);
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
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
        return iri(base + "/identifier/" + segment(value));
    }

    Node agent(String name) {
        return iri(base + "/agent/" + segment(name));
    }

    Node variable(String name) {
        return iri(variablePath(name));
    }

    Node question(String variable, int position) {
        return iri(variablePath(variable) + "/question/" + position);
    }

    Node universe(String variable) {
        return iri(variablePath(variable) + "/universe");
    }

    Node statistic(String variable, SummaryStatistic statistic) {
        return iri(variablePath(variable) + "/stat/" + segment(statistic.type() + (statistic.weighted() ? "-weighted" : "")));
    }

    Node codeList(String variable) {
        return iri(codeListPath(variable));
    }

    Node code(String variable, String value) {
        return iri(codeListPath(variable) + "/" + segment(value));
    }

    private String variablePath(String name) {
        return base + "/variable/" + segment(name);
    }

    private String codeListPath(String variable) {
        return base + "/codelist/" + segment(variable);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters. "." and ".." are encoded too,
     * as IRI resolution would otherwise remove them as path steps (SAS writes "." for missing).
     */
    static String segment(String raw) {
        if (raw.equals(".") || raw.equals("..")) {
            return raw.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
