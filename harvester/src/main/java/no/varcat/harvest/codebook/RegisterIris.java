package no.varcat.harvest.codebook;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints the IRIs of a codebook's variables and codes under the register's IRI, from names in the
 * file only (no counters, no blank nodes): the same codebook gives the same triples, so re-harvests
 * do not churn.
 */
final class RegisterIris {

    private final String register;

    /** @param registerIri the register's IRI; a trailing slash is dropped so paths can be appended */
    RegisterIris(String registerIri) {
        String base = registerIri.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.register = base;
    }

    Node register() {
        return NodeFactory.createURI(register);
    }

    Node variable(String notation) {
        return NodeFactory.createURI(variablePath(notation));
    }

    Node period(String notation) {
        return NodeFactory.createURI(variablePath(notation) + "#period");
    }

    Node codeList(String notation) {
        return NodeFactory.createURI(codeListPath(notation));
    }

    Node code(String notation, String value) {
        return NodeFactory.createURI(codeListPath(notation) + "/" + segment(value));
    }

    private String variablePath(String notation) {
        return register + "/variable/" + segment(notation);
    }

    private String codeListPath(String notation) {
        return register + "/codelist/" + segment(notation);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters, byte by byte in UTF-8 ("Ø" is
     * %C3%98). "." and ".." are encoded too: IRI resolution would remove them as path steps.
     */
    static String segment(String raw) {
        if (raw.equals(".") || raw.equals("..")) {
            return raw.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
