package no.varcat.web.system;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.varcat.catalog.search.SearchUnavailableException;

/**
 * A search that cannot reach Elasticsearch (down, or the local node being restarted): a page says
 * so plainly with 503, and a JSON endpoint (the autocomplete, say) answers an RFC 9457 problem with
 * 503; both with {@code Retry-After}, never a stack trace. The public API's own advice answers its
 * endpoints the same way.
 */
@ControllerAdvice
class SearchUnavailableAdvice {

    /** Seconds to wait before asking again: about what a restart of the local node takes. */
    static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(SearchUnavailableAdvice.class);

    @ExceptionHandler(SearchUnavailableException.class)
    Object searchUnavailable(SearchUnavailableException e, HandlerMethod handler, HttpServletRequest request,
            HttpServletResponse response) {
        log.warn("Search unavailable for {}: {}", request.getRequestURI(), e.getMessage());
        if (answersData(handler)) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "The catalog's search cannot answer just now; try again in "
                    + RETRY_AFTER_SECONDS + " seconds").title("Search unavailable").instance(request.getRequestURI())
                    .retryAfter(RETRY_AFTER_SECONDS).response();
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        page.addObject("searchDown", true);
        return page;
    }

    /** A handler that writes its answer as the body (JSON), not a page: a REST controller, or one returning an entity. */
    private static boolean answersData(HandlerMethod handler) {
        return handler != null && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || handler.hasMethodAnnotation(ResponseBody.class)
                || HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType()));
    }
}
