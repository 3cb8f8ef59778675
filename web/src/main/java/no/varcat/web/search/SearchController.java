package no.varcat.web.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSearchResult;

@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 500;

    private final VariableSearch search;

    SearchController(VariableSearch search) {
        this.search = search;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /** All of a search is in the URL (text, chosen registers, code list choice, page), so it can be shared. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "register", required = false) List<String> registers,
            @RequestParam(name = "codes", required = false) String codes,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int current = Math.max(1, Math.min(page, MAX_PAGE));
        Boolean hasCodeList = "yes".equals(codes) ? Boolean.TRUE : "no".equals(codes) ? Boolean.FALSE : null;
        VariableQuery query = new VariableQuery(q, registers, hasCodeList, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        VariableSearchResult result = search.search(query);
        model.addAttribute("q", q);
        model.addAttribute("registers", query.registers());
        model.addAttribute("codes", hasCodeList == null ? "" : codes);
        model.addAttribute("result", result);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.min(MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "search";
    }
}
