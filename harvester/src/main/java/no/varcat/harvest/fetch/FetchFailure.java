package no.varcat.harvest.fetch;

/** Why a fetch gave up, worded for the harvest report. */
final class FetchFailure extends Exception {

    FetchFailure(String message) {
        super(message);
    }

    FetchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
