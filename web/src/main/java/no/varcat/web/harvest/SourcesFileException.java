package no.varcat.web.harvest;

import java.nio.file.Path;

/** {@code varcat.sources-file} cannot be used: unreadable, or a line that is wrong, named in the message. */
public class SourcesFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SourcesFileException(String message) {
        super(message);
    }

    SourcesFileException(String message, Throwable cause) {
        super(message, cause);
    }

    static SourcesFileException atLine(String file, long line, String problem) {
        return new SourcesFileException(file + ", line " + line + ": " + problem);
    }

    static SourcesFileException unreadable(Path file, Exception cause) {
        return new SourcesFileException("Cannot read the sources file " + file + ": " + cause.getMessage(), cause);
    }
}
