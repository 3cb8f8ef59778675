package no.varcat.web.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * THE table of what a client can send varcat: every handler mapping of the application, with each
 * parameter it reads (query, path, form field, header, JSON body). {@link HostileInputFuzzIT}
 * fuzzes every row; its guard compares the table with the running application's handler methods
 * and with the names the controllers read from parameter maps, so a new endpoint or parameter
 * fails the build until it has a row here (and so is fuzzed).
 *
 * <p>Example paths use the placeholders {@code {register}}, {@code {variable}}, {@code {codelist}},
 * {@code {indicator}} and {@code {publisher}}, filled in with ids of the sample catalog.
 */
final class PublicEndpoints {

    /**
     * Where a value travels. {@code CSV}: a column of one row of a {@code text/csv} body (the sources
     * file's columns); {@code FILE}: the same CSV uploaded as a multipart file part of that name.
     */
    enum In { QUERY, PATH, FORM, HEADER, JSON, CSV, FILE }

    /** What a value is meant to be: decides which wrong values are tried besides the common ones. */
    enum Kind { TEXT, NUMBER, ENUM, ID, IRI, FLAG }

    /** What the endpoint answers: an HTML page (or its error page), or something for programs (errors as problem+json). */
    enum Answer { HTML, MACHINE }

    /** Who may call it, and how the fuzz reaches it. */
    enum Door { PUBLIC, SESSION_FORM, ADMIN_BASIC, ADMIN_LOGIN }

    record Param(String name, In in, Kind kind) {
    }

    /**
     * @param pattern the handler's path pattern, as Spring registers it
     * @param example a path that answers 200 (or a redirect) when no parameter is spoilt
     * @param good    a usable value for each parameter, by name (those not given are left out)
     */
    record Endpoint(String method, String pattern, String example, Answer answer, Door door, List<Param> params,
            java.util.Map<String, String> good) {

        Set<String> names() {
            return params.stream().map(Param::name).collect(Collectors.toSet());
        }
    }

    private static Param q(String name, Kind kind) {
        return new Param(name, In.QUERY, kind);
    }

    private static Param path(String name) {
        return new Param(name, In.PATH, Kind.ID);
    }

    private static Param form(String name, Kind kind) {
        return new Param(name, In.FORM, kind);
    }

    private static Param json(String name, Kind kind) {
        return new Param(name, In.JSON, kind);
    }

    private static Param csv(String column, Kind kind) {
        return new Param(column, In.CSV, kind);
    }

    /** The columns of an imported sources CSV that carry a value of their own kind. */
    private static final Param[] SOURCES_CSV = {csv("id", Kind.ID), csv("location", Kind.IRI), csv("format", Kind.ENUM),
        csv("preset", Kind.ENUM), csv("register", Kind.IRI), csv("title", Kind.TEXT), csv("schedule", Kind.TEXT),
        csv("columns", Kind.TEXT)};

    private static final Param ACCEPT = new Param("Accept", In.HEADER, Kind.TEXT);
    /** The locale switch (LocaleChangeInterceptor), read on every page. */
    private static final Param LANG = q("lang", Kind.ENUM);
    private static final Param CSRF = form("_csrf", Kind.TEXT);

    private static Endpoint row(String method, String pattern, String example, Answer answer, Door door, Param... params) {
        return new Endpoint(method, pattern, example, answer, door, List.of(params), java.util.Map.of());
    }

    private static Endpoint row(String method, String pattern, String example, Answer answer, Door door,
            java.util.Map<String, String> good, Param... params) {
        return new Endpoint(method, pattern, example, answer, door, List.of(params), good);
    }

    private static final Param[] SEARCH = {q("q", Kind.TEXT), q("type", Kind.ENUM), q("register", Kind.ID), q("codes", Kind.ENUM),
        q("publisher", Kind.TEXT), q("valueType", Kind.ENUM), q("from", Kind.NUMBER), q("to", Kind.NUMBER), q("theme", Kind.IRI),
        q("coverage", Kind.ENUM), q("indicators", Kind.ENUM), q("sort", Kind.ENUM), q("page", Kind.NUMBER), q("after", Kind.TEXT),
        q("before", Kind.TEXT), q("minQuality", Kind.NUMBER), q("temporality", Kind.ENUM), q("unitType", Kind.ENUM), LANG};

    private static final Param[] API_VARIABLES = {q("q", Kind.TEXT), q("register", Kind.ID), q("publisher", Kind.TEXT),
        q("theme", Kind.IRI), q("valueType", Kind.ENUM), q("codes", Kind.FLAG), q("from", Kind.NUMBER), q("to", Kind.NUMBER),
        q("coverage", Kind.ENUM), q("indicators", Kind.FLAG), q("sort", Kind.ENUM), q("size", Kind.NUMBER), q("cursor", Kind.TEXT),
        q("facets", Kind.FLAG), q("temporality", Kind.ENUM), q("unitType", Kind.ENUM)};

    private static final Param[] SOURCE = {json("id", Kind.ID), json("title", Kind.TEXT), json("location", Kind.IRI),
        json("format", Kind.ENUM), json("preset", Kind.ENUM), json("columns", Kind.TEXT), json("register", Kind.IRI),
        json("schedule", Kind.TEXT), json("authHeaderEnv", Kind.TEXT)};

    private static final Param[] SELF_CHECK = {form("url", Kind.IRI), form("format", Kind.ENUM), form("preset", Kind.ENUM),
        form("columns", Kind.TEXT), form("register", Kind.IRI), new Param("file", In.FILE, Kind.TEXT)};
    /** The API's self-check also takes its fields as a JSON object (an address only). */
    private static final Param[] SELF_CHECK_JSON = {json("url", Kind.IRI), json("format", Kind.ENUM), json("preset", Kind.ENUM),
        json("columns", Kind.TEXT), json("register", Kind.IRI)};

    private static Param[] sourceForm() {
        return Arrays.stream(SOURCE).map(p -> form(p.name(), p.kind())).toArray(Param[]::new);
    }

    private static Param[] with(Param[] some, Param... more) {
        Param[] all = Arrays.copyOf(some, some.length + more.length);
        System.arraycopy(more, 0, all, some.length, more.length);
        return all;
    }

    static final String FUZZ_SOURCE = "fuzz-source";
    /** The name in the official shape sets' paths: no set of that name is ever registered. */
    static final String FUZZ_SHAPES = "fuzz-shapes";

    static final List<Endpoint> TABLE = List.of(
            // The site
            row("GET", "/", "/", Answer.HTML, Door.PUBLIC, LANG),
            row("GET", "/search", "/search", Answer.HTML, Door.PUBLIC, java.util.Map.of("q", "alder"), SEARCH),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/registers/{register}",
                    Answer.HTML, Door.PUBLIC, java.util.Map.of("q", "kjonn"), path("file"), q("q", Kind.TEXT), q("page", Kind.NUMBER), q("size", Kind.NUMBER),
                    q("after", Kind.TEXT), q("before", Kind.TEXT), LANG, ACCEPT),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/variables/{variable}",
                    Answer.HTML, Door.PUBLIC, java.util.Map.of("year", "2000", "from", "1990", "to", "2010"), path("file"),
                    q("year", Kind.NUMBER), q("from", Kind.NUMBER), q("to", Kind.NUMBER), LANG, ACCEPT),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/codelists/{codelist}",
                    Answer.HTML, Door.PUBLIC, path("file"), LANG),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/indicators/{indicator}",
                    Answer.HTML, Door.PUBLIC, path("file"), LANG),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/publishers/{publisher}",
                    Answer.HTML, Door.PUBLIC, path("file"), LANG),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/variables/{variable}.ttl",
                    Answer.MACHINE, Door.PUBLIC, path("file")),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/registers/{register}.jsonld",
                    Answer.MACHINE, Door.PUBLIC, path("file"), q("page", Kind.NUMBER), q("size", Kind.NUMBER)),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/codelists/{codelist}.rdf",
                    Answer.MACHINE, Door.PUBLIC, path("file")),
            row("GET", "/{segment:registers|variables|codelists|indicators|publishers}/{file}", "/publishers/{publisher}.nt",
                    Answer.MACHINE, Door.PUBLIC, path("file")),
            row("GET", "/register", "/register", Answer.HTML, Door.PUBLIC,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr"), q("iri", Kind.IRI), q("q", Kind.TEXT)),
            row("GET", "/variable", "/variable", Answer.HTML, Door.PUBLIC,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr/variable/KJONN"), q("iri", Kind.IRI)),
            row("GET", "/variable/rdf", "/variable/rdf", Answer.MACHINE, Door.PUBLIC,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr/variable/KJONN", "format", "turtle"),
                    q("iri", Kind.IRI), q("format", Kind.ENUM)),
            row("GET", "/compare", "/compare", Answer.HTML, Door.PUBLIC,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr"), q("iri", Kind.IRI), LANG),
            row("GET", "/matrix", "/matrix", Answer.HTML, Door.PUBLIC, java.util.Map.of("concept", "fødselsvekt, røykestatus"),
                    q("concept", Kind.TEXT), q("from", Kind.NUMBER), q("to", Kind.NUMBER), q("minCoverage", Kind.NUMBER), LANG),
            row("GET", "/list", "/list", Answer.HTML, Door.SESSION_FORM, LANG),
            row("POST", "/list/add", "/list/add", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr/variable/KJONN", "returnTo", "/list"),
                    form("iri", Kind.IRI), form("returnTo", Kind.TEXT), form("from", Kind.NUMBER), form("to", Kind.NUMBER), CSRF),
            row("POST", "/list/remove", "/list/remove", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr/variable/KJONN", "returnTo", "/list"),
                    form("iri", Kind.IRI), form("returnTo", Kind.TEXT), CSRF),
            row("POST", "/list/clear", "/list/clear", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("returnTo", "/list"), form("returnTo", Kind.TEXT), CSRF),
            row("POST", "/list/save", "/list/save", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("iri", "https://sample.varcat.no/fhi/mfr/variable/KJONN", "from", "2015", "to", "2020",
                            "reason", "Justering"),
                    form("iri", Kind.IRI), form("from", Kind.NUMBER), form("to", Kind.NUMBER), form("reason", Kind.TEXT), CSRF),
            // A saved list by its link; the fuzz's id names no list (404), the path's pattern refuses anything else.
            row("GET", "/list/{id:" + "[A-Za-z0-9_-]{22}" + "}", "/list/{list}", Answer.HTML, Door.PUBLIC, path("id"), LANG),
            row("POST", "/list/restore", "/list/restore", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("id", "AAAAAAAAAAAAAAAAAAAAAA"), form("id", Kind.ID), CSRF),
            row("POST", "/list/import", "/list/import", Answer.HTML, Door.SESSION_FORM, new Param("file", In.FILE, Kind.TEXT), CSRF),
            row("GET", "/list.json", "/list.json", Answer.MACHINE, Door.SESSION_FORM, LANG),
            row("GET", "/list/{id:" + "[A-Za-z0-9_-]{22}" + "}.json", "/list/{list}.json", Answer.MACHINE, Door.PUBLIC, path("id")),
            row("GET", "/self-check", "/self-check", Answer.HTML, Door.PUBLIC, LANG),
            row("POST", "/self-check", "/self-check", Answer.HTML, Door.SESSION_FORM,
                    java.util.Map.of("url", "http://127.0.0.1:9/katalog.ttl", "format", "turtle"), with(SELF_CHECK, CSRF)),
            row("GET", "/list.csv", "/list.csv", Answer.MACHINE, Door.SESSION_FORM, LANG),
            row("GET", "/list.xlsx", "/list.xlsx", Answer.MACHINE, Door.SESSION_FORM, LANG),
            row("GET", "/api/suggest", "/api/suggest", Answer.MACHINE, Door.PUBLIC, java.util.Map.of("q", "fodsel"),
                    q("q", Kind.TEXT), LANG),
            // Machine-readable catalog, feeds and crawlers
            row("GET", "/catalog", "/catalog", Answer.MACHINE, Door.PUBLIC, q("page", Kind.NUMBER), q("size", Kind.NUMBER), ACCEPT),
            row("GET", "/catalog/healthdcat-ap", "/catalog/healthdcat-ap", Answer.MACHINE, Door.PUBLIC, q("page", Kind.NUMBER),
                    q("size", Kind.NUMBER), q("part", Kind.NUMBER), q("variables", Kind.NUMBER), ACCEPT),
            row("GET", "/registers/{id}/ddi", "/registers/{register}/ddi", Answer.MACHINE, Door.PUBLIC, path("id"),
                    q("download", Kind.FLAG), q("page", Kind.NUMBER), q("size", Kind.NUMBER), ACCEPT),
            row("GET", "/registers/{id}/ddi.xml", "/registers/{register}/ddi.xml", Answer.MACHINE, Door.PUBLIC, path("id"),
                    q("page", Kind.NUMBER), q("size", Kind.NUMBER), ACCEPT),
            row("GET", "/changes.atom", "/changes.atom", Answer.MACHINE, Door.PUBLIC, q("register", Kind.ID), q("publisher", Kind.ID)),
            row("GET", "/changes", "/changes", Answer.MACHINE, Door.PUBLIC, q("register", Kind.ID), q("publisher", Kind.ID)),
            row("GET", "/changes/archive/{page}", "/changes/archive/{page}", Answer.MACHINE, Door.PUBLIC, new Param("page", In.PATH,
                    Kind.NUMBER), q("register", Kind.ID), q("publisher", Kind.ID)),
            row("GET", "/robots.txt", "/robots.txt", Answer.MACHINE, Door.PUBLIC),
            row("GET", "/sitemap.xml", "/sitemap.xml", Answer.MACHINE, Door.PUBLIC),
            row("GET", "/sitemaps/registers.xml", "/sitemaps/registers.xml", Answer.MACHINE, Door.PUBLIC),
            row("GET", "/sitemaps/registers/{file}", "/sitemaps/registers/{register}.xml", Answer.MACHINE, Door.PUBLIC, path("file")),
            // SPARQL: a GET, a form POST and a query POST read the same parameters
            row("GET", "/sparql", "/sparql", Answer.MACHINE, Door.PUBLIC,
                    java.util.Map.of("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), q("query", Kind.TEXT),
                    q("default-graph-uri", Kind.IRI), q("named-graph-uri", Kind.IRI), q("format", Kind.ENUM), q("update", Kind.TEXT),
                    ACCEPT),
            row("POST", "/sparql", "/sparql", Answer.MACHINE, Door.PUBLIC,
                    java.util.Map.of("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), form("query", Kind.TEXT),
                    form("default-graph-uri", Kind.IRI), form("named-graph-uri", Kind.IRI), form("format", Kind.ENUM),
                    form("update", Kind.TEXT), new Param("Content-Type", In.HEADER, Kind.ENUM), ACCEPT),
            // The JSON API (its parameters also fuzzed strictly, from the OpenAPI description, by HostileParametersIT)
            row("GET", "/api/v1/variables", "/api/v1/variables", Answer.MACHINE, Door.PUBLIC, API_VARIABLES),
            row("GET", "/api/v1/registers", "/api/v1/registers", Answer.MACHINE, Door.PUBLIC, q("q", Kind.TEXT),
                    q("size", Kind.NUMBER), q("cursor", Kind.TEXT), q("sort", Kind.ENUM)),
            row("GET", "/api/v1/registers/{id}", "/api/v1/registers/{register}", Answer.MACHINE, Door.PUBLIC, path("id")),
            row("GET", "/api/v1/registers/{id}/variables", "/api/v1/registers/{register}/variables", Answer.MACHINE, Door.PUBLIC,
                    path("id"), q("size", Kind.NUMBER), q("cursor", Kind.TEXT)),
            row("GET", "/api/v1/registers/{id}/coverage", "/api/v1/registers/{register}/coverage", Answer.MACHINE, Door.PUBLIC,
                    path("id")),
            row("GET", "/api/v1/registers/{id}/indicators", "/api/v1/registers/{register}/indicators", Answer.MACHINE, Door.PUBLIC,
                    path("id")),
            row("GET", "/api/v1/variables/{id}", "/api/v1/variables/{variable}", Answer.MACHINE, Door.PUBLIC, path("id")),
            row("GET", "/api/v1/codelists/{id}", "/api/v1/codelists/{codelist}", Answer.MACHINE, Door.PUBLIC, path("id")),
            // A register's self-check: the good url is refused at once (nothing listens on port 9), so the report says so fast
            row("POST", "/api/v1/self-check", "/api/v1/self-check", Answer.MACHINE, Door.PUBLIC,
                    java.util.Map.of("url", "http://127.0.0.1:9/katalog.ttl", "format", "turtle"), with(SELF_CHECK, SELF_CHECK_JSON)),
            // A variable list saved from its JSON document
            row("POST", "/api/v1/lists", "/api/v1/lists", Answer.MACHINE, Door.PUBLIC, json("version", Kind.NUMBER),
                    json("entries", Kind.TEXT), new Param("Content-Type", In.HEADER, Kind.ENUM)),
            row("GET", "/api/v1/**", "/api/v1/no-such-thing", Answer.MACHINE, Door.PUBLIC),
            // Where the servlet container sends what no handler answered (Boot's, with problem+json for programs)
            row("GET", "/error", "/error", Answer.MACHINE, Door.PUBLIC),
            // The admin JSON API (HTTP Basic)
            row("GET", "/api/admin/sources", "/api/admin/sources", Answer.MACHINE, Door.ADMIN_BASIC),
            row("GET", "/api/admin/sources/{id}", "/api/admin/sources/{source}", Answer.MACHINE, Door.ADMIN_BASIC, path("id")),
            row("GET", "/api/admin/sources/{id}/runs", "/api/admin/sources/{source}" + "/runs", Answer.MACHINE,
                    Door.ADMIN_BASIC, path("id")),
            row("PUT", "/api/admin/sources/{id}", "/api/admin/sources/{source}", Answer.MACHINE, Door.ADMIN_BASIC,
                    with(SOURCE, path("id"), new Param("Content-Type", In.HEADER, Kind.ENUM))),
            row("DELETE", "/api/admin/sources/{id}", "/api/admin/sources/{source}", Answer.MACHINE, Door.ADMIN_BASIC,
                    path("id")),
            row("POST", "/api/admin/sources/{id}/harvest", "/api/admin/sources/{source}" + "/harvest", Answer.MACHINE,
                    Door.ADMIN_BASIC, path("id"), q("full", Kind.FLAG)),
            row("POST", "/api/admin/sources/import", "/api/admin/sources/import", Answer.MACHINE, Door.ADMIN_BASIC, SOURCES_CSV),
            row("GET", "/api/admin/index", "/api/admin/index", Answer.MACHINE, Door.ADMIN_BASIC),
            row("POST", "/api/admin/index/rebuild", "/api/admin/index/rebuild", Answer.MACHINE, Door.ADMIN_BASIC),
            row("GET", "/api/admin/store", "/api/admin/store", Answer.MACHINE, Door.ADMIN_BASIC),
            row("POST", "/api/admin/store/compact", "/api/admin/store/compact", Answer.MACHINE, Door.ADMIN_BASIC),
            row("GET", "/api/admin/backup", "/api/admin/backup", Answer.MACHINE, Door.ADMIN_BASIC),
            // Official shape sets: the good address is refused at once (nothing listens on port 9), so nothing is registered
            row("GET", "/api/admin/shapes", "/api/admin/shapes", Answer.MACHINE, Door.ADMIN_BASIC),
            row("GET", "/api/admin/shapes/{name}", "/api/admin/shapes/{shapes}", Answer.MACHINE, Door.ADMIN_BASIC, path("name")),
            row("PUT", "/api/admin/shapes/{name}", "/api/admin/shapes/{shapes}", Answer.MACHINE, Door.ADMIN_BASIC,
                    java.util.Map.of("label", "Fuzz", "url", "http://127.0.0.1:9/shapes.ttl"), path("name"), q("label", Kind.TEXT),
                    q("url", Kind.IRI), q("file", Kind.TEXT)),
            row("DELETE", "/api/admin/shapes/{name}", "/api/admin/shapes/{shapes}", Answer.MACHINE, Door.ADMIN_BASIC, path("name")),
            // The admin pages (form login, CSRF)
            row("POST", "/admin/sources/import", "/admin/sources/import", Answer.HTML, Door.ADMIN_LOGIN,
                    new Param("file", In.FILE, Kind.TEXT)),
            row("POST", "/admin/index/rebuild", "/admin/index/rebuild", Answer.HTML, Door.ADMIN_LOGIN, CSRF),
            row("GET", "/admin/shapes", "/admin/shapes", Answer.HTML, Door.ADMIN_LOGIN, LANG),
            row("POST", "/admin/shapes", "/admin/shapes", Answer.HTML, Door.ADMIN_LOGIN,
                    java.util.Map.of("name", PublicEndpoints.FUZZ_SHAPES, "label", "Fuzz", "url", "http://127.0.0.1:9/shapes.ttl"),
                    form("name", Kind.ID), form("label", Kind.TEXT), form("url", Kind.IRI), new Param("file", In.FILE, Kind.TEXT), CSRF),
            row("POST", "/admin/shapes/{name}/delete", "/admin/shapes/{shapes}/delete", Answer.HTML, Door.ADMIN_LOGIN, path("name"), CSRF),
            row("GET", "/login", "/login", Answer.HTML, Door.PUBLIC, LANG),
            row("GET", "/admin", "/admin", Answer.HTML, Door.ADMIN_LOGIN, LANG),
            row("GET", "/admin/sources", "/admin/sources", Answer.HTML, Door.ADMIN_LOGIN, LANG),
            row("GET", "/admin/sources/new", "/admin/sources/new", Answer.HTML, Door.ADMIN_LOGIN, LANG),
            row("POST", "/admin/sources", "/admin/sources", Answer.HTML, Door.ADMIN_LOGIN, with(sourceForm(), CSRF)),
            row("GET", "/admin/sources/{id}", "/admin/sources/{source}", Answer.HTML, Door.ADMIN_LOGIN, path("id")),
            row("GET", "/admin/sources/{id}/status", "/admin/sources/{source}" + "/status", Answer.MACHINE,
                    Door.ADMIN_LOGIN, path("id")),
            row("GET", "/admin/sources/{id}/edit", "/admin/sources/{source}" + "/edit", Answer.HTML, Door.ADMIN_LOGIN,
                    path("id")),
            row("POST", "/admin/sources/{id}", "/admin/sources/{source}", Answer.HTML, Door.ADMIN_LOGIN,
                    with(sourceForm(), path("id"), CSRF)),
            row("POST", "/admin/sources/{id}/harvest", "/admin/sources/{source}" + "/harvest", Answer.HTML,
                    Door.ADMIN_LOGIN, path("id"), form("full", Kind.FLAG), CSRF),
            row("POST", "/admin/sources/{id}/delete", "/admin/sources/{source}" + "/delete", Answer.HTML,
                    Door.ADMIN_LOGIN, path("id"), CSRF));

    private PublicEndpoints() {
    }
}
