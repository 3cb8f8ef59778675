package no.varcat.web.register;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.variable.VariableRepository;

@Controller
class RegisterController {

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final RegisterPage page;
    private final MessageSource messages;

    RegisterController(RegisterRepository registers, VariableRepository variables, RegisterPage page, MessageSource messages) {
        this.registers = registers;
        this.variables = variables;
        this.page = page;
        this.messages = messages;
    }

    /** Registers are addressed by IRI, like variables: sources mint them. */
    @GetMapping("/register")
    String show(@RequestParam("iri") String iri, Locale locale, Model model) {
        RegisterDetails details = registers.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No register " + iri));
        model.addAttribute("register", details);
        model.addAttribute("variables", variables.findByRegister(iri));
        model.addAttribute("coverage", page.coverage(iri, locale, text("register.coverage.national", locale),
                text("register.coverage.computed", locale)));
        model.addAttribute("indicators", page.indicators(iri, locale, text("register.target.high", locale),
                text("register.target.moderate", locale)));
        return "register";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
