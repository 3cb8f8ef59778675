package no.varcat.harvest.ddi;

import java.io.InputStream;
import java.util.List;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceContext;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.SourceReader;
import no.varcat.vocab.ADMS;
import no.varcat.vocab.DISCO;
import no.varcat.vocab.HealthDCATAP;
import no.varcat.vocab.VARCAT;

/**
 * Reads DDI-Codebook: 2.5 ({@code ddi:codebook:2_5}) and 1.2.2 as Nesstar publishes it, also
 * wrapped in an OAI-PMH response. The study becomes a dcat:Dataset at {@code {base}#study}, each
 * var a disco:Variable at {@code {base}/variable/{name}} with code lists, questions, universes and
 * summary statistics (see docs/model.md). Texts without xml:lang get the default language.
 */
public final class DdiCodebookReader implements SourceReader {

    /** The format key sources use for this reader. */
    public static final String FORMAT = "ddi-codebook";

    private final String defaultLanguage;

    /** @param defaultLanguage language tag for texts the codebook does not tag, e.g. "en" or "nb" */
    public DdiCodebookReader(String defaultLanguage) {
        this.defaultLanguage = LanguageTags.canonical(defaultLanguage).orElseThrow(() ->
                new IllegalArgumentException("Not a language tag: '" + defaultLanguage + "'"));
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/xml", "text/xml");
    }

    /**
     * With a register configured for the source, the codebook's variables belong to that register
     * and its DCAT description stays the one the catalog has; otherwise the study is described.
     */
    @Override
    public void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        if (context.registerIri() == null) {
            read(in, context.baseIri(), sink, issues);
        } else {
            read(in, CodebookIris.forRegister(context.registerIri()), false, sink, issues);
        }
    }

    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        read(in, CodebookIris.under(baseIri), true, sink, issues);
    }

    private void read(InputStream in, CodebookIris iris, boolean describeStudy, StreamRDF sink, IssueCollector issues) {
        sink.start();
        XMLStreamReader xml = null;
        try {
            prefixes(sink);
            xml = SafeXmlInput.open(in);
            XmlCursor cursor = new XmlCursor(xml, defaultLanguage, issues);
            new CodebookParser(cursor, iris, new TripleWriter(sink), describeStudy).parse();
        } catch (XMLStreamException e) {
            String message = "Not well-formed XML: " + reason(e);
            Location where = e.getLocation();
            throw SourceFormatException.fatal(issues, message, where == null ? -1 : where.getLineNumber(),
                    where == null ? -1 : where.getColumnNumber(), e);
        } finally {
            close(xml);
            sink.finish();
        }
    }

    private static void prefixes(StreamRDF sink) {
        sink.prefix("dcat", DCAT.NS);
        sink.prefix("dct", DCTerms.NS);
        sink.prefix("disco", DISCO.NS);
        sink.prefix("skos", SKOS.uri);
        sink.prefix("varcat", VARCAT.NS);
        sink.prefix("xsd", XSD.NS);
        sink.prefix("rdf", RDF.uri);
        sink.prefix("foaf", FOAF.NS);
        sink.prefix("adms", ADMS.NS);
        sink.prefix("healthdcatap", HealthDCATAP.NS);
    }

    /** The JDK puts "ParseError at [row,col]:[l,c]" before the reason; the issue has the position already. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing releases parser state only; the caller owns and closes the stream.
        }
    }
}
