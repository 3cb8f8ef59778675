package no.varcat.web.fuzz;

import java.util.ArrayList;
import java.util.List;

import no.varcat.web.fuzz.PublicEndpoints.Kind;

/**
 * What a careless or hostile client puts in a parameter, already percent-encoded (so that broken
 * encodings can be sent too): the values every parameter gets, and the extra ones for its kind.
 */
final class HostileValues {

    /** A value and why it is hostile; {@code encoded} goes into a URL or a form body as it is. */
    record Value(String what, String encoded) {
    }

    /** Script that must never come back unescaped in an HTML page. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"'><svg onload=alert(2)>";
    static final List<String> MARKUP = List.of(SCRIPT, BREAKOUT);

    private static final List<Value> EVERY = List.of(
            plain("empty", ""),
            plain("blank", "   "),
            plain("10,000 characters", "x".repeat(10_000)),
            new Value("NUL and control characters", "a%00%01%07%1B%7Fb"),
            new Value("CR LF (header splitting)", "a%0D%0ALocation:%20http://evil.example/"),
            plain("script", SCRIPT),
            plain("attribute breakout", BREAKOUT),
            plain("query syntax (Lucene, SQL)", "*:* OR 1=1 -- \" \\ { }} ( [a TO z] ~2 /.*/ title:"),
            plain("SPARQL breakout", "> } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o"),
            plain("template expression", "${7*7}__${T(java.lang.Runtime)}__[[${7*7}]]"),
            new Value("invalid UTF-8", "%C3%28"),
            new Value("lone surrogate in UTF-8", "%ED%A0%80"),
            plain("length-changing case, right-to-left override, emoji", "İ".repeat(300) + "\u202Eabc\uD83D\uDE00\u200D"),
            new Value("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd"),
            plain("huge number", "9".repeat(40)),
            plain("negative number", "-1"));

    private static final List<Value> NUMBER = List.of(
            plain("zero", "0"),
            plain("beyond int", "2147483648"),
            plain("deep paging", "1000000000"),
            plain("decimal", "1.5"),
            plain("word", "many"));

    private static final List<Value> ENUM = List.of(
            plain("unknown value", "no-such-value"),
            plain("upper case", "REGISTERS"));

    private static final List<Value> IRI = List.of(
            plain("relative IRI", "foo/bar"),
            plain("file IRI", "file:///etc/passwd"),
            plain("javascript IRI", "javascript:alert(1)"));

    private static final List<Value> ID = List.of(
            plain("dot dot", ".."),
            new Value("encoded dot dot", "%2E%2E"),
            new Value("semicolon", "a%3Bb"),
            plain("unknown id", "nothing-00000000"));

    /** Queries that strain the SPARQL parser rather than the store. */
    static final List<Value> SPARQL = List.of(
            plain("10,000 nested brackets", "SELECT * WHERE { FILTER(" + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ") }"),
            plain("5,000 nested groups", "SELECT * WHERE " + "{ ".repeat(5_000) + "?s ?p ?o " + "} ".repeat(5_000)),
            plain("50,000 unions", "SELECT * WHERE { " + "{ ?s ?p ?o } UNION ".repeat(5_000) + "{ ?s ?p ?o } } LIMIT 1"),
            plain("update", "DROP ALL"),
            plain("update after a query", "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <a:a> <a:a> <a:a> }"),
            plain("federated", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"),
            plain("LOAD", "LOAD <file:///etc/passwd>"),
            plain("huge LIMIT and OFFSET", "SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999 OFFSET 99999999999999999999"),
            plain("negative LIMIT", "SELECT * WHERE { ?s ?p ?o } LIMIT -1"),
            plain("unknown prefix", "SELECT * WHERE { ?s x:y ?o }"),
            plain("undefined function", "SELECT * WHERE { BIND(<java:java.lang.Runtime>() AS ?x) }"));

    private HostileValues() {
    }

    static List<Value> forKind(Kind kind) {
        List<Value> values = new ArrayList<>(EVERY);
        switch (kind) {
            case NUMBER -> values.addAll(NUMBER);
            case ENUM, FLAG -> values.addAll(ENUM);
            case IRI -> values.addAll(IRI);
            case ID -> values.addAll(ID);
            case TEXT -> {
                // the common values are the text attacks
            }
        }
        return values;
    }

    /** The values that break the most: for parameters other than free text and paths, with their kind's. */
    static List<Value> shortList(Kind kind) {
        List<Value> values = new ArrayList<>(EVERY.stream().filter(v -> SHORT.contains(v.what())).toList());
        forKind(kind).stream().filter(v -> !EVERY.contains(v)).forEach(values::add);
        return values;
    }

    private static final java.util.Set<String> SHORT = java.util.Set.of("empty", "10,000 characters", "NUL and control characters",
            "script", "attribute breakout", "query syntax (Lucene, SQL)", "invalid UTF-8", "path traversal");

    static Value plain(String what, String value) {
        return new Value(what, encode(value));
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text a server reads from {@code encoded}, for a JSON body (broken bytes become U+FFFD, as a lenient reader makes them). */
    static String decoded(String encoded) {
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
