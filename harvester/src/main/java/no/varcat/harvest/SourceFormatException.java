package no.varcat.harvest;

/** The content of a source cannot be read at all; the issues collected say where and why. */
public class SourceFormatException extends RuntimeException {

    public SourceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
