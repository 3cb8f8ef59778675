package no.varcat.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import no.varcat.catalog.search.SearchUnavailableException;

/** A search that cannot reach Elasticsearch gets a 503 page saying so, not a stack trace. */
@ControllerAdvice
class SearchUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(SearchUnavailableAdvice.class);

    @ExceptionHandler(SearchUnavailableException.class)
    ModelAndView searchUnavailable(SearchUnavailableException e) {
        log.warn("Search unavailable: {}", e.getMessage());
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return page;
    }
}
