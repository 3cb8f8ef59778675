package no.varcat.web.list;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the list buttons need: which variables and concepts are listed (for "add"
 * or "remove" and the count in the header; one small query, only for a browser that has a list),
 * and the page's own path, where the button's POST returns to.
 */
@ControllerAdvice
class VariableListAdvice {

    private final CurrentList current;

    VariableListAdvice(CurrentList current) {
        this.current = current;
    }

    @ModelAttribute("listed")
    Set<String> listed(HttpServletRequest request) {
        return current.entries(request).stream().map(ListEntry::iri).collect(Collectors.toUnmodifiableSet());
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        return ReturnPath.current(request);
    }
}
