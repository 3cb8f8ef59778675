package no.varcat.harvest;

import java.io.InputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;

/** Reads DCAT-AP-NO and other RDF in any syntax Jena's RIOT knows. */
public final class RdfSourceReader implements SourceReader {

    private final Lang lang;

    public RdfSourceReader(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues) {
        try {
            RDFParser.source(in).lang(lang).base(baseIri).errorHandler(issues).parse(sink);
        } catch (RiotException e) {
            if (!issues.hasErrors()) {
                issues.add(HarvestIssue.Severity.FATAL, e.getMessage(), -1, -1);
            }
            throw new SourceFormatException("Not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        }
    }
}
