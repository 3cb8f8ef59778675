package no.varcat.harvest;

import java.io.InputStream;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Reads one source format and emits RDF of the varcat profile into a sink; never writes to the
 * store itself. Problems go to {@code issues}; a problem the reader cannot go on after is thrown as
 * {@link SourceFormatException} after being recorded.
 */
public interface SourceReader {

    /**
     * Reads with what the source's configuration says about it. Readers of formats that need the
     * register or a preset override this; the others only need {@link #read(InputStream, String, StreamRDF, IssueCollector)}.
     */
    default void read(InputStream in, SourceContext context, StreamRDF sink, IssueCollector issues) {
        read(in, context.baseIri(), sink, issues);
    }

    void read(InputStream in, String baseIri, StreamRDF sink, IssueCollector issues);

    /**
     * The media types the format is served as, preferred first: the Accept header of an HTTP fetch,
     * and what a Content-Type may say without a warning. Empty: any.
     */
    default List<String> mediaTypes() {
        return List.of();
    }
}
