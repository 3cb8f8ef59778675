package no.varcat.web.matrix;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.varcat.catalog.search.ConceptCoverageSearch;

/**
 * "Which registers hold these?": a GET form whose state is the URL (concepts, years, lowest coverage),
 * so it works without JavaScript and can be shared.
 */
@Controller
class MatrixController {

    private final CoverageMatrix matrix;

    MatrixController(CoverageMatrix matrix) {
        this.matrix = matrix;
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(name = "concept", required = false) List<String> concepts,
            @RequestParam(name = "from", required = false) String from, @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "minCoverage", required = false) String minCoverage, Locale locale,
            Model model) {
        MatrixRequest request = MatrixRequest.parse(concepts, from, to, minCoverage);
        model.addAttribute("matrixRequest", request);
        model.addAttribute("matrix", matrix.build(request, locale));
        model.addAttribute("coverageChoices", List.of(50, 60, 70, 80, 90, 95));
        model.addAttribute("maxConcepts", ConceptCoverageSearch.MAX_CONCEPTS);
        return "matrix";
    }
}
