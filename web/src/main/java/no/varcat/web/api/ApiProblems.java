package no.varcat.web.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;

import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.catalog.store.StoreUnavailableException;
import no.varcat.web.system.Problem;

/**
 * Every fault of the public API as an RFC 9457 problem detail: 400 naming each parameter at fault,
 * 404 for an unknown id, 503 with Retry-After when the search or the store cannot answer. Ordered
 * before the site's advice, which answers the same exceptions with an HTML page.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    static final String INVALID_PARAMS = "invalid-params";
    /** Seconds a client should wait before asking again when the search or store is down. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.BAD_REQUEST, e.getMessage()).instance(request.getRequestURI())
                .property(INVALID_PARAMS, e.params()).response();
    }

    /**
     * Tomcat could not decode a parameter (bytes that are not UTF-8, such as {@code %C3%28}): the
     * client's fault, named as Tomcat names it.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(org.apache.tomcat.util.http.InvalidParameterException e, HttpServletRequest request) {
        java.util.regex.Matcher name = UNDECODABLE.matcher(String.valueOf(e.getMessage()));
        return invalidParameter(new InvalidParameterException(name.find() ? name.group(1) : "(query)",
                "is not percent-encoded UTF-8"), request);
    }

    /** How Tomcat names the parameter it could not decode. */
    private static final java.util.regex.Pattern UNDECODABLE = java.util.regex.Pattern.compile("Parameter \\[([^\\]]{1,100})\\]");

    /** A path variable or parameter Spring could not convert. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalidParameter(new InvalidParameterException(e.getName(), "is not a valid value"), request);
    }

    /** The self-check's own limits: a file past the upload cap, a broken multipart body, too many checks at once. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the size cap").parameter("file")
                .instance(request.getRequestURI()).response();
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(Exception e, HttpServletRequest request) {
        return invalidParameter(new InvalidParameterException("file", "the multipart body cannot be read"), request);
    }

    /** A JSON body that does not parse, or does not fit the fields (the self-check's JSON request). */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(Exception e, HttpServletRequest request) {
        return invalidParameter(new InvalidParameterException("body", "is not a JSON object of the fields the operation names"), request);
    }

    @ExceptionHandler(no.varcat.web.selfcheck.SelfCheckBusyException.class)
    ResponseEntity<ProblemDetail> busy(RuntimeException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()).instance(request.getRequestURI())
                .retryAfter(no.varcat.web.selfcheck.SelfCheckBusyException.RETRY_AFTER_SECONDS).response();
    }

    @ExceptionHandler({ResourceNotFoundException.class, UnknownPathException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.NOT_FOUND, e.getMessage()).instance(request.getRequestURI()).response();
    }

    /** The API speaks JSON only; the problem goes out as JSON all the same, since its content type is set. */
    /** A body of a type the operation does not read, or a Content-Type that does not parse (a list's document is JSON). */
    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(Exception e, HttpServletRequest request) {
        return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's Content-Type is not one this operation reads")
                .parameter("Content-Type").instance(request.getRequestURI()).response();
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return Problem.of(HttpStatus.NOT_ACCEPTABLE, "The API answers application/json only").instance(request.getRequestURI())
                .response();
    }

    @ExceptionHandler({SearchUnavailableException.class, StoreUnavailableException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("API request {} could not be answered: {}", request.getRequestURI(), e.getMessage());
        return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The catalog's search or store cannot answer just now; try again in "
                + RETRY_AFTER_SECONDS + " seconds").instance(request.getRequestURI()).retryAfter(RETRY_AFTER_SECONDS).response();
    }

    /** Our fault, not the client's: said without the stack trace, which goes to the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API request {} failed", request.getRequestURI(), e);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "The catalog failed to answer; the fault is logged")
                .instance(request.getRequestURI()).response();
    }
}
