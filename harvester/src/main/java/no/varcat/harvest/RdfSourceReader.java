package no.varcat.harvest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

import no.varcat.harvest.input.HtmlPage;
import no.varcat.harvest.input.XmlDoctype;

/** Reads DCAT-AP-NO and other RDF in any syntax Jena's RIOT knows. */
public final class RdfSourceReader implements SourceReader {

    /** Types that say "JSON" and nothing more; JSON-LD is JSON, and often served so. */
    private static final Set<String> PLAIN_JSON = Set.of("application/json", "text/json");

    private final Lang lang;

    public RdfSourceReader(Lang lang) {
        this.lang = lang;
    }

    /**
     * Reads in the syntax the server declared when Jena's language registry knows it as an RDF syntax by
     * its own media type, whatever the source's format says: a catalog served as JSON-LD is JSON-LD.
     * JSON-LD is often served as plain {@code application/json}, which names no RDF syntax: then content
     * that is a JSON object or list is read as JSON-LD. A generic type (text/plain, which Jena takes for
     * N-Triples) or none leaves the source's format in charge.
     */
    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        String type = context.contentType();
        Lang declared = type == null ? null : RDFLanguages.contentTypeToLang(type);
        boolean ownType = declared != null && declared.getHeaderString().equalsIgnoreCase(type)
                && (RDFLanguages.isTriples(declared) || RDFLanguages.isQuads(declared)) && RDFParserRegistry.isRegistered(declared);
        if (ownType && !declared.equals(lang)) {
            issues.add(HarvestIssue.Severity.WARNING, "Served as " + type + ", so read as " + declared.getLabel() + ", not "
                    + lang.getLabel() + " as the source's format says", -1, -1);
            new RdfSourceReader(declared).read(in, context.baseIri(), sink, issues);
            return;
        }
        if (type != null && declared == null && PLAIN_JSON.contains(type) && !lang.equals(Lang.JSONLD)) {
            BufferedInputStream buffered = new BufferedInputStream(in, HtmlPage.HEAD);
            if (looksLikeJson(buffered, issues)) {
                issues.add(HarvestIssue.Severity.WARNING, "Served as " + type + " and a JSON document, so read as JSON-LD, not "
                        + lang.getLabel() + " as the source's format says (set the source's format to jsonld)", -1, -1);
                new RdfSourceReader(Lang.JSONLD).read(buffered, context.baseIri(), sink, issues);
                return;
            }
            in = buffered;
        }
        read(in, context.baseIri(), sink, issues);
    }

    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        InputStream source = refuseHtml(in, issues);
        if (lang.equals(Lang.RDFXML)) {
            refuseHostileDoctype(source, issues);
        }
        if (lang.equals(Lang.JSONLD)) {
            readJsonLd(JsonLdSyntax.wellFormed(source, issues), baseIri, sink, issues);
            return;
        }
        try {
            RDFParser.source(source).lang(lang).base(baseIri).errorHandler(issues).parse(intoOneGraph(sink));
        } catch (RiotException e) {
            if (!issues.hasErrors()) {
                issues.add(HarvestIssue.Severity.FATAL, e.getMessage(), -1, -1);
            }
            throw new SourceFormatException("Not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The JSON is known to be well-formed here; what JSON-LD processing still refuses is one fatal
     * issue in {@link JsonLdSyntax#explain}'s words, instead of the parser's vague error. Its
     * warnings are kept as they are.
     */
    private void readJsonLd(InputStream json, String baseIri, StreamRDF sink, IssueCollector issues) {
        IssueCollector parse = new IssueCollector();
        try {
            RDFParser.source(json).lang(lang).base(baseIri).errorHandler(parse).parse(sink);
        } catch (RiotException e) {
            parse.issues().stream().filter(i -> i.severity() == HarvestIssue.Severity.WARNING)
                    .forEach(i -> issues.add(i.severity(), i.message(), i.line(), i.column()));
            throw SourceFormatException.fatal(issues, JsonLdSyntax.explain(e), -1, -1, e);
        }
        parse.issues().forEach(i -> issues.add(i.severity(), i.message(), i.line(), i.column()));
    }

    /**
     * A source is one named graph in the store, so the graphs of a dataset syntax (TriG, N-Quads)
     * are merged into it; their own graph names are not kept.
     */
    private StreamRDF intoOneGraph(StreamRDF sink) {
        if (!RDFLanguages.isQuads(lang)) {
            return sink;
        }
        return new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                super.triple(quad.asTriple());
            }
        };
    }

    @Override
    public List<String> mediaTypes() {
        return List.of(lang.getHeaderString());
    }

    /** Whether the content starts, after a byte order mark and white space, with a JSON object or list. */
    private static boolean looksLikeJson(BufferedInputStream in, IssueCollector issues) {
        byte[] head;
        try {
            in.mark(HtmlPage.HEAD);
            head = in.readNBytes(HtmlPage.HEAD);
            in.reset();
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{") || text.startsWith("[");
    }

    /** RDF/XML is parsed with its DTD: external and nested entities are refused before (see {@link XmlDoctype}). */
    private static void refuseHostileDoctype(InputStream source, IssueCollector issues) {
        Optional<String> refusal;
        try {
            refusal = XmlDoctype.refusal(source);
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        refusal.ifPresent(reason -> {
            throw SourceFormatException.fatal(issues, reason, -1, -1);
        });
    }

    /** A web page where RDF was expected is said to be one, not reported as the parse error it would give. */
    private InputStream refuseHtml(InputStream in, IssueCollector issues) {
        BufferedInputStream buffered = new BufferedInputStream(in, HtmlPage.HEAD);
        byte[] head;
        try {
            buffered.mark(HtmlPage.HEAD);
            head = buffered.readNBytes(HtmlPage.HEAD);
            buffered.reset();
        } catch (IOException e) {
            throw SourceFormatException.fatal(issues, "Reading the source failed: " + e.getMessage(), -1, -1, e);
        }
        Optional<String> html = HtmlPage.problem(new String(head, StandardCharsets.UTF_8), lang.getLabel());
        if (html.isPresent()) {
            throw SourceFormatException.fatal(issues, html.get(), -1, -1);
        }
        return buffered;
    }
}
