package no.varcat.harvest;

import java.io.InputStream;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Reads one source format and emits RDF of the varcat profile into a sink; never writes to the
 * store itself. Problems go to {@code issues}; a problem the reader cannot go on after is thrown as
 * {@link SourceFormatException} after being recorded.
 */
public interface SourceReader {

    void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues);
}
