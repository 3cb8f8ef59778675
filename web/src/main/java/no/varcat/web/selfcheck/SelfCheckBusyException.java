package no.varcat.web.selfcheck;

/** As many self-checks as this instance runs at once are running; the caller should try again shortly. */
public class SelfCheckBusyException extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 10;

    SelfCheckBusyException() {
        super("Other self-checks are running just now; try again in " + RETRY_AFTER_SECONDS + " seconds");
    }
}
