package no.varcat.web.variable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;

@Controller
class VariableController {

    private final VariableRepository variables;

    VariableController(VariableRepository variables) {
        this.variables = variables;
    }

    /** Variables are addressed by their IRI, since sources mint them and they may not share a pattern. */
    @GetMapping("/variable")
    String show(@RequestParam("iri") String iri, Model model) {
        VariableDetails details = variables.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No variable " + iri));
        model.addAttribute("variable", details.summary());
        model.addAttribute("codes", details.codes());
        model.addAttribute("related", variables.related(iri));
        return "variable";
    }
}
