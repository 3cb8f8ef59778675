package no.varcat.harvest.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** What opening a source gave: its content, or word that it has not changed since the last fetch. */
public sealed interface Fetched extends Closeable {

    /** What to remember for the next fetch of the source ({@link FetchState#NONE} for non-HTTP sources). */
    FetchState state();

    /** The server answered 304 Not Modified to a conditional GET: there is nothing to read. */
    record Unchanged(FetchState state) implements Fetched {
        @Override
        public void close() {
        }
    }

    /**
     * The source's content, complete and within the size cap.
     *
     * @param contentType the media type the server declared, without parameters; null when none was (files, the classpath)
     */
    record Content(InputStream in, FetchState state, String contentType) implements Fetched {

        /** Content without a declared type. */
        public Content(InputStream in, FetchState state) {
            this(in, state, null);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
