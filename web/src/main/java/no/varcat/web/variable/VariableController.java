package no.varcat.web.variable;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.web.coverage.RegisterCoverageChart;

@Controller
class VariableController {

    private final VariableRepository variables;
    private final RegisterCoverageChart coverage;

    VariableController(VariableRepository variables, RegisterCoverageChart coverage) {
        this.variables = variables;
        this.coverage = coverage;
    }

    /** Variables are addressed by their IRI, since sources mint them and they may not share a pattern. */
    @GetMapping("/variable")
    String show(@RequestParam("iri") String iri, Locale locale, Model model) {
        VariableDetails details = variables.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No variable " + iri));
        model.addAttribute("variable", details.summary());
        model.addAttribute("codes", details.codes());
        model.addAttribute("details", details);
        model.addAttribute("related", variables.related(iri));
        // Registers publish coverage for the whole register; it tells how complete each of its variables can be.
        model.addAttribute("coverage", coverage.of(details.summary().registerIri(), locale));
        return "variable";
    }
}
