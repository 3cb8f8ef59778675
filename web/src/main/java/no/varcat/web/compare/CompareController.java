package no.varcat.web.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;

/**
 * Two to four variables side by side; the IRIs are in the URL, so a comparison can be shared. The
 * variables are read together (summaries, codes, the rest: three queries), then each register's
 * coverage once.
 */
@Controller
class CompareController {

    static final int MAX = 4;

    private final VariableRepository variables;
    private final RegisterCoverage coverage;

    CompareController(VariableRepository variables, RegisterCoverage coverage) {
        this.variables = variables;
        this.coverage = coverage;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "iri", required = false) List<String> iris, Model model) {
        List<VariableDetails> found = iris == null ? List.of() : variables.findDetailsByIris(iris.stream().distinct().limit(MAX).toList());
        // One coverage lookup per register compared (at most MAX), not per variable.
        Map<String, String> byRegister = new HashMap<>();
        model.addAttribute("variables", found);
        model.addAttribute("coverage", found.stream()
                .map(v -> byRegister.computeIfAbsent(v.summary().registerIri(), coverage::summary)).toList());
        return "compare";
    }
}
