package no.varcat.web.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.varcat.catalog.search.RegisterSearch;
import no.varcat.catalog.search.RegisterSearchResult;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSearchResult;
import no.varcat.catalog.search.VariableSort;

@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    static final String REGISTERS = "registers";
    private static final int MAX_PAGE = 500;
    /** The quality thresholds the registers tab offers (any value 0..100 is taken from the URL). */
    private static final List<Integer> MIN_QUALITIES = List.of(25, 50, 75);

    private final VariableSearch variables;
    private final RegisterSearch registers;

    SearchController(VariableSearch variables, RegisterSearch registers) {
        this.variables = variables;
        this.registers = registers;
    }

    /**
     * All of a search is in the URL (what to search, text, facet choices, order, page and page
     * cursor), so it can be shared.
     */
    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        String q = SearchState.searchText(params.getFirst("q"));
        model.addAttribute("q", q);
        if (REGISTERS.equals(params.getFirst("type"))) {
            int current = Math.max(1, Math.min(Pagination.Request.of(params.getFirst("page"), null, null).number(), MAX_PAGE));
            RegisterSearch.Sort sort = RegisterSearch.Sort.fromParam(params.getFirst("sort"));
            Integer minQuality = minQuality(params.getFirst("minQuality"));
            RegisterSearchResult result = registers.search(q, (current - 1) * PAGE_SIZE, PAGE_SIZE, sort, minQuality);
            model.addAttribute("page", current);
            model.addAttribute("type", REGISTERS);
            model.addAttribute("registerSort", sort.param());
            model.addAttribute("registerSorts", List.of(RegisterSearch.Sort.values()));
            model.addAttribute("minQuality", minQuality);
            model.addAttribute("minQualities", MIN_QUALITIES);
            model.addAttribute("registerResult", result);
            model.addAttribute("pages", pages(result.total()));
            return "search";
        }
        SearchState state = SearchState.of(params);
        Pagination.Request page = Pagination.Request.of(params.getFirst("page"), params.getFirst("after"), params.getFirst("before"));
        VariableQuery query = state.query(page.from(), PAGE_SIZE);
        VariableSearchResult result = variables.search(page.cursor().map(query::at).orElse(query));
        if (page.cursor().isPresent() && !result.fromCursor()) {
            // The cursor did not fit (edited by hand, or from an older sort): the hits are page 1's, and so is the page.
            page = Pagination.Request.of("1", null, null);
        }
        if (result.hits().isEmpty() && result.total() > 0 && page.cursor().isEmpty()) {
            // A page number past the end shows the last page there is.
            page = Pagination.Request.last(result.total());
            query = state.query(page.from(), PAGE_SIZE);
            result = variables.search(query);
        }
        model.addAttribute("type", "variables");
        model.addAttribute("state", state);
        model.addAttribute("registers", state.registers());
        model.addAttribute("codes", state.codes());
        model.addAttribute("publishers", state.publishers());
        model.addAttribute("valueTypes", state.valueTypes());
        model.addAttribute("fromYear", state.fromYear());
        model.addAttribute("toYear", state.toYear());
        model.addAttribute("themes", state.themes());
        model.addAttribute("coverage", state.coverage());
        model.addAttribute("indicators", state.indicators());
        model.addAttribute("temporalities", state.temporalities());
        model.addAttribute("unitTypes", state.unitTypes());
        model.addAttribute("sort", state.sort());
        model.addAttribute("sorts", List.of(VariableSort.values()));
        model.addAttribute("filtered", query.hasFilters());
        model.addAttribute("result", result);
        model.addAttribute("pagination", Pagination.of(page, result, state));
        return "search";
    }

    /** A quality score in percent to filter by; anything else (not a number, out of 0..100) filters nothing. */
    static Integer minQuality(String param) {
        if (param == null || !param.matches("[0-9]{1,3}")) {
            return null;
        }
        int percent = Integer.parseInt(param);
        return percent <= 100 ? percent : null;
    }

    /** Registers are few: skipping hits reaches every page. */
    private static long pages(long total) {
        return Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
