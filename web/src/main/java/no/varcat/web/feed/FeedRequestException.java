package no.varcat.web.feed;

import org.springframework.http.HttpStatus;

/** A feed request the feed cannot answer: the status, the query parameter or path part at fault, and why. */
class FeedRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String parameter;

    FeedRequestException(HttpStatus status, String parameter, String detail) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
    }

    HttpStatus status() {
        return status;
    }

    String parameter() {
        return parameter;
    }
}
