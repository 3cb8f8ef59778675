package no.varcat.harvest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The one rule that leaves a register out: it cannot be shown at all. A register is a
 * {@code dcat:Dataset}; what names it on its page, in search and in the exports is its title, in
 * whatever language the source wrote it. Everything else varcat's profile wants is a warning. This
 * is not the official DCAT-AP-NO 2.0 check but never stricter than it: its shapes too call a dataset
 * without a {@code dct:title} literal a violation, so whatever they accept lands.
 */
final class ShowableRegisters {

    private ShowableRegisters() {
    }

    /** The registers in {@code graph} that cannot be shown, each with the reason, in words for its publisher. */
    static Map<Node, String> unshowable(Graph graph) {
        Map<Node, String> reasons = new LinkedHashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).forEach(t -> {
            Node register = t.getSubject();
            if (!hasTitle(graph, register)) {
                reasons.put(register, "it has no title in any language (dct:title, a text such as \"Hjerteregisteret\"@nb), "
                        + "so it cannot be shown");
            }
        });
        return reasons;
    }

    /** The register's title as it would be shown (bokmål first, then any), or null when it has none. */
    static String title(Graph graph, Node register) {
        String any = null;
        for (Node title : graph.find(register, DCTerms.title.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
            if (!title.isLiteral() || title.getLiteralLexicalForm().isBlank()) {
                continue;
            }
            String language = title.getLiteralLanguage().toLowerCase(Locale.ROOT);
            if (language.isEmpty() || language.equals("nb") || language.startsWith("nb-")) {
                return title.getLiteralLexicalForm();
            }
            if (any == null) {
                any = title.getLiteralLexicalForm();
            }
        }
        return any;
    }

    /**
     * Any literal counts, even a blank one: the official shapes accept it, and what they accept must
     * land (its page then has a blank heading: rare, and the publisher's to fix).
     */
    private static boolean hasTitle(Graph graph, Node register) {
        return graph.find(register, DCTerms.title.asNode(), Node.ANY).filterKeep(t -> t.getObject().isLiteral()).hasNext();
    }
}
