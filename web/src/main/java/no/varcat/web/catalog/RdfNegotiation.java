package no.varcat.web.catalog;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Picks an RDF syntax from an Accept header or a {@code format} parameter, for every RDF the site serves. */
public final class RdfNegotiation {

    private static final Map<String, Lang> OFFERED = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/rdf+xml", Lang.RDFXML,
            "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES);

    /** Short names for links, where a browser cannot set the Accept header. */
    private static final Map<String, Lang> FORMATS = Map.of(
            "turtle", Lang.TURTLE, "ttl", Lang.TURTLE,
            "rdfxml", Lang.RDFXML, "rdf", Lang.RDFXML, "xml", Lang.RDFXML,
            "jsonld", Lang.JSONLD, "json-ld", Lang.JSONLD,
            "ntriples", Lang.NTRIPLES, "nt", Lang.NTRIPLES);

    /** SPARQL SELECT and ASK results, the default first. */
    public static final List<Lang> QUERY_RESULTS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);

    private RdfNegotiation() {
    }

    public static List<String> offered() {
        return OFFERED.keySet().stream().sorted().toList();
    }

    /** The syntax a {@code format} parameter names ({@code turtle}, {@code jsonld}, {@code rdfxml}, ...), or null. */
    public static Lang fromFormat(String format) {
        return format == null ? null : FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * For RDF-only addresses: Turtle for no header, a wildcard or a browser's HTML (where a resource's
     * URL would give its page); null when nothing acceptable is offered.
     */
    public static Lang choose(String accept) {
        Representation chosen = chooseRepresentation(accept);
        return chosen == null ? null : chosen.html() ? Lang.TURTLE : chosen.rdf();
    }

    /**
     * For a resource's own URL, which serves HTML too: HTML for no header, a wildcard or a browser's
     * {@code text/html}; the RDF syntax asked for before any of those; null when nothing on offer is acceptable.
     */
    public static Representation chooseRepresentation(String accept) {
        List<MediaType> wanted = acceptable(accept);
        if (wanted == null) {
            return Representation.HTML;
        }
        for (MediaType type : wanted) {
            Lang exact = OFFERED.get(type.getType() + "/" + type.getSubtype());
            if (exact != null) {
                return new Representation(exact);
            }
            if (type.isWildcardType() || type.isWildcardSubtype() && type.getType().equals("text")
                    || type.getSubtype().equals("html") || type.getSubtype().equals("xhtml+xml")) {
                return Representation.HTML;
            }
        }
        return null;
    }

    /** The syntax a file suffix ({@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}) names among those on offer, by Jena's registry; else null. */
    public static Lang fromSuffix(String suffix) {
        Lang lang = suffix == null ? null : RDFLanguages.fileExtToLang(suffix.toLowerCase(Locale.ROOT));
        return lang != null && OFFERED.containsValue(lang) ? lang : null;
    }

    /** The file suffix of an offered syntax, by Jena's registry: {@code ttl} for Turtle. */
    public static String suffix(Lang lang) {
        return lang.getFileExtensions().get(0);
    }

    /** The syntaxes on offer, Turtle first, for Link headers and links. */
    public static List<Lang> offeredSyntaxes() {
        return List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES);
    }

    /** HTML ({@code rdf} null) or an RDF syntax. */
    public record Representation(Lang rdf) {
        public static final Representation HTML = new Representation(null);

        public boolean html() {
            return rdf == null;
        }
    }

    /**
     * The first of {@code offered} (Jena's {@link Lang}s, with their content types and names) that an
     * Accept header takes, trying its types by quality: a type or one of the Lang's alternative types,
     * a structured-syntax suffix ({@code application/json} takes {@code application/sparql-results+json}),
     * a wildcard. The first offered for no header; null when nothing offered is acceptable.
     */
    public static Lang choose(String accept, List<Lang> offered) {
        List<MediaType> wanted = acceptable(accept);
        if (wanted == null) {
            return offered.get(0);
        }
        for (MediaType type : wanted) {
            for (Lang lang : offered) {
                if (takes(type, lang)) {
                    return lang;
                }
            }
        }
        return null;
    }

    /**
     * The types an Accept header takes, best quality first, without those it refuses ({@code q=0});
     * null for no header or one that does not parse, which both choosers answer with their default.
     */
    private static List<MediaType> acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> type.getQualityValue() > 0)
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .toList();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean takes(MediaType wanted, Lang lang) {
        return lang.getAltContentTypes().stream().map(MediaType::parseMediaType).anyMatch(type -> wanted.includes(type)
                || wanted.getType().equals(type.getType()) && type.getSubtype().endsWith("+" + wanted.getSubtype()));
    }

    /**
     * The one of {@code offered} a {@code format} parameter names, by Jena's names for it: its label,
     * alternative names, file extensions, content type, or its content type's suffix ({@code json},
     * {@code xml}); null when none.
     */
    public static Lang fromFormat(String format, List<Lang> offered) {
        if (format == null) {
            return null;
        }
        String name = format.strip().toLowerCase(Locale.ROOT);
        return offered.stream().filter(lang -> names(lang).contains(name)).findFirst().orElse(null);
    }

    private static Set<String> names(Lang lang) {
        Set<String> names = new HashSet<>();
        names.add(lang.getLabel());
        names.addAll(lang.getAltNames());
        names.addAll(lang.getFileExtensions());
        for (String type : lang.getAltContentTypes()) {
            names.add(type);
            int plus = type.lastIndexOf('+');
            if (plus >= 0) {
                names.add(type.substring(plus + 1));
            }
        }
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The content types of {@code offered}, for a 406 to list. */
    public static List<String> contentTypes(List<Lang> offered) {
        return offered.stream().map(Lang::getContentType).map(Object::toString).toList();
    }

    /** 406 with the syntaxes on offer, so a client can see what to ask for. */
    public static ResponseEntity<byte[]> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.TEXT_PLAIN)
                .body(("Available: " + String.join(", ", offered()) + "\n").getBytes());
    }

    /** The response headers every RDF answer carries: its syntax, and that the Accept header chose it. */
    public static ResponseEntity.BodyBuilder ok(Lang lang) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(lang.getHeaderString() + ";charset=UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
