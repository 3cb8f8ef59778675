package no.varcat.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The faults an API operation can answer, each an RFC 9457 problem: {@link FaultResponses} writes
 * them into the operation's OpenAPI description, so each operation names them in one line instead
 * of repeating their response blocks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Faults {

    Fault[] value();

    /** A fault, its status and what it means for every operation that can answer it. */
    enum Fault {
        BAD_REQUEST("400", ApiDoc.BAD_REQUEST),
        NOT_FOUND("404", ApiDoc.NOT_FOUND),
        UNAVAILABLE("503", ApiDoc.UNAVAILABLE);

        final String status;
        final String description;

        Fault(String status, String description) {
            this.status = status;
            this.description = description;
        }
    }
}
