package no.varcat.web.list;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the list buttons need: which variables and concepts are listed (for "add"
 * or "remove" and the count in the header; one small query, only for a browser that has a list, and
 * only when the page shows it), and the page's own path, where the button's POST returns to.
 */
@ControllerAdvice
class VariableListAdvice {

    private final CurrentList current;

    VariableListAdvice(CurrentList current) {
        this.current = current;
    }

    /**
     * Read when a page shows it, not before: the advice runs for every handler, also those that answer
     * JSON (list.js's buttons, the API) and never render a page, which would read the list for nothing.
     */
    @ModelAttribute("listed")
    Set<String> listed(HttpServletRequest request) {
        return new ListedIris(() -> current.entries(request).stream().map(ListEntry::iri).collect(Collectors.toUnmodifiableSet()));
    }

    /** The IRIs in the browser's list, read on first use. */
    static final class ListedIris extends AbstractSet<String> {

        private final Supplier<Set<String>> read;
        private Set<String> iris;

        ListedIris(Supplier<Set<String>> read) {
            this.read = read;
        }

        private Set<String> iris() {
            if (iris == null) {
                iris = read.get();
            }
            return iris;
        }

        @Override
        public boolean contains(Object iri) {
            return iris().contains(iri);
        }

        @Override
        public Iterator<String> iterator() {
            return iris().iterator();
        }

        @Override
        public int size() {
            return iris().size();
        }
    }

    @ModelAttribute("currentUrl")
    String currentUrl(HttpServletRequest request) {
        return ReturnPath.current(request);
    }
}
