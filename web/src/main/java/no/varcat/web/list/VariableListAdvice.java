package no.varcat.web.list;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the list buttons need: which variables are listed (for "add" or "remove"
 * and the count in the header), and the page's own path, where the button's POST returns to.
 */
@ControllerAdvice
class VariableListAdvice {

    @ModelAttribute("listed")
    Set<String> listed(HttpServletRequest request) {
        return VariableList.existing(request).map(list -> Set.copyOf(list.iris())).orElse(Set.of());
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        return ReturnPath.current(request);
    }
}
