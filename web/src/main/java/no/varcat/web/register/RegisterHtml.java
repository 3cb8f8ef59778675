package no.varcat.web.register;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.varcat.catalog.register.MetadataCompleteness;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.chart.Percent;
import no.varcat.web.coverage.CoverageView;
import no.varcat.web.coverage.RegisterCoverageChart;
import no.varcat.web.resource.NotInCatalogException;
import no.varcat.web.resource.ResourcePage;

/** The register page; its {@code q} parameter filters the variable list. */
@Component
class RegisterHtml implements ResourcePage {

    private final RegisterRepository registers;
    private final VariableRepository variables;
    private final RegisterPage page;
    private final RegisterCoverageChart coverage;
    private final MessageSource messages;
    private final SchemaOrgDataset schemaOrg;

    RegisterHtml(RegisterRepository registers, VariableRepository variables, RegisterPage page,
            RegisterCoverageChart coverage, MessageSource messages, SchemaOrgDataset schemaOrg) {
        this.schemaOrg = schemaOrg;
        this.registers = registers;
        this.variables = variables;
        this.page = page;
        this.coverage = coverage;
        this.messages = messages;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.REGISTER;
    }

    @Override
    public String render(String iri, Map<String, String> params, Locale locale, Model model) {
        RegisterDetails details = registers.find(iri).orElseThrow(() -> new NotInCatalogException(ResourceKind.REGISTER, iri));
        List<VariableSummary> all = variables.findByRegister(iri);
        CoverageView coverageView = coverage.of(iri, locale);
        var indicatorViews = page.indicators(iri, locale, text("register.target.high", locale),
                text("register.target.moderate", locale));
        MetadataCompleteness.Score completeness = MetadataCompleteness.assess(details, all, coverageView != null,
                !indicatorViews.isEmpty());
        String q = params.get("q");
        String filter = q == null ? "" : q.strip();
        model.addAttribute("register", details);
        model.addAttribute("allVariables", all.size());
        model.addAttribute("variables", VariableFilter.matching(all, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("coverage", coverageView);
        model.addAttribute("indicators", indicatorViews);
        model.addAttribute("completeness", completeness);
        model.addAttribute("completenessPercent", Percent.format(locale).format(completeness.share()));
        model.addAttribute("schemaOrg", schemaOrg.jsonLd(details, all, locale.getLanguage()));
        return "register";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
