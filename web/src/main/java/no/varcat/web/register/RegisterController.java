package no.varcat.web.register;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.quality.CoverageRepository;
import no.varcat.catalog.quality.QualityIndicatorRepository;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.variable.VariableRepository;

@Controller
class RegisterController {

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final CoverageRepository coverage;
    private final QualityIndicatorRepository indicators;

    RegisterController(RegisterRepository registers, VariableRepository variables, CoverageRepository coverage,
            QualityIndicatorRepository indicators) {
        this.registers = registers;
        this.variables = variables;
        this.coverage = coverage;
        this.indicators = indicators;
    }

    /** Registers are addressed by IRI, like variables: sources mint them. */
    @GetMapping("/register")
    String show(@RequestParam("iri") String iri, Model model) {
        RegisterDetails details = registers.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No register " + iri));
        model.addAttribute("register", details);
        model.addAttribute("variables", variables.findByRegister(iri));
        model.addAttribute("coverage", coverage.forResource(iri).stream().filter(c -> c.national()).toList());
        model.addAttribute("indicators", indicators.forRegister(iri));
        return "register";
    }
}
