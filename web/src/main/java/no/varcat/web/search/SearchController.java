package no.varcat.web.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int current = Math.max(1, Math.min(page, MAX_PAGE));
        VariableSearchResult result = search.search(q, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("result", result);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.min(MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "search";
    }
}
