package no.varcat.web.register;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.register.MetadataCompleteness;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.chart.Percent;
import no.varcat.web.coverage.CoverageView;
import no.varcat.web.coverage.RegisterCoverageChart;

@Controller
class RegisterController {

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final RegisterPage page;
    private final RegisterCoverageChart coverage;
    private final MessageSource messages;

    RegisterController(RegisterRepository registers, VariableRepository variables, RegisterPage page,
            RegisterCoverageChart coverage, MessageSource messages) {
        this.registers = registers;
        this.variables = variables;
        this.page = page;
        this.coverage = coverage;
        this.messages = messages;
    }

    /** Registers are addressed by IRI, like variables: sources mint them. {@code q} filters the variable list. */
    @GetMapping("/register")
    String show(@RequestParam("iri") String iri, @RequestParam(name = "q", required = false) String q, Locale locale,
            Model model) {
        RegisterDetails details = registers.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No register " + iri));
        List<VariableSummary> all = variables.findByRegister(iri);
        CoverageView coverageView = coverage.of(iri, locale);
        var indicatorViews = page.indicators(iri, locale, text("register.target.high", locale),
                text("register.target.moderate", locale));
        MetadataCompleteness.Score completeness = MetadataCompleteness.assess(details, all, coverageView != null,
                !indicatorViews.isEmpty());
        String filter = q == null ? "" : q.strip();
        model.addAttribute("register", details);
        model.addAttribute("allVariables", all.size());
        model.addAttribute("variables", VariableFilter.matching(all, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("coverage", coverageView);
        model.addAttribute("indicators", indicatorViews);
        model.addAttribute("completeness", completeness);
        model.addAttribute("completenessPercent", Percent.format(locale).format(completeness.share()));
        return "register";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
