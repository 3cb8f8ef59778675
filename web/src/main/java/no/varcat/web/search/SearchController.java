package no.varcat.web.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.varcat.catalog.search.RegisterSearch;
import no.varcat.catalog.search.RegisterSearchResult;
import no.varcat.catalog.search.ValueType;
import no.varcat.catalog.search.VariableQuery;
import no.varcat.catalog.search.VariableSearch;
import no.varcat.catalog.search.VariableSearchResult;
import no.varcat.catalog.search.VariableSort;
import no.varcat.catalog.search.YearRange;

@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    static final String REGISTERS = "registers";
    private static final int MAX_PAGE = 500;

    private final VariableSearch variables;
    private final RegisterSearch registers;

    SearchController(VariableSearch variables, RegisterSearch registers) {
        this.variables = variables;
        this.registers = registers;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    /**
     * All of a search is in the URL (what to search, text, chosen registers, code list choice,
     * publishers, value types, years, order, page), so it can be shared.
     */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "register", required = false) List<String> chosenRegisters,
            @RequestParam(name = "codes", required = false) String codes,
            @RequestParam(name = "publisher", required = false) List<String> publishers,
            @RequestParam(name = "valueType", required = false) List<String> valueTypes,
            @RequestParam(name = "from", required = false) String fromYear,
            @RequestParam(name = "to", required = false) String toYear,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int current = Math.max(1, Math.min(page, MAX_PAGE));
        model.addAttribute("q", q);
        model.addAttribute("page", current);
        if (REGISTERS.equals(type)) {
            RegisterSearchResult result = registers.search(q, (current - 1) * PAGE_SIZE, PAGE_SIZE);
            model.addAttribute("type", REGISTERS);
            model.addAttribute("registerResult", result);
            model.addAttribute("pages", pages(result.total()));
            return "search";
        }
        Boolean hasCodeList = "yes".equals(codes) ? Boolean.TRUE : "no".equals(codes) ? Boolean.FALSE : null;
        List<ValueType> types = valueTypes == null ? List.of() : valueTypes.stream().map(ValueType::fromParam).toList();
        VariableQuery query = new VariableQuery(q, chosenRegisters, hasCodeList, publishers, types,
                YearRange.parse(fromYear, toYear), VariableSort.fromParam(sort), (current - 1) * PAGE_SIZE, PAGE_SIZE);
        VariableSearchResult result = variables.search(query);
        model.addAttribute("type", "variables");
        model.addAttribute("registers", query.registers());
        model.addAttribute("codes", hasCodeList == null ? "" : codes);
        model.addAttribute("publishers", query.publishers());
        model.addAttribute("valueTypes", query.valueTypes().stream().map(ValueType::param).toList());
        model.addAttribute("fromYear", query.years().from() == null ? "" : query.years().from().toString());
        model.addAttribute("toYear", query.years().to() == null ? "" : query.years().to().toString());
        model.addAttribute("sort", query.sort().param());
        model.addAttribute("sorts", List.of(VariableSort.values()));
        model.addAttribute("filtered", query.hasFilters());
        model.addAttribute("result", result);
        model.addAttribute("pages", pages(result.total()));
        return "search";
    }

    private static long pages(long total) {
        return Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
