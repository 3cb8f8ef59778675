package no.varcat.web.register;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.qualityscore.QualityRepository;
import no.varcat.catalog.qualityscore.QualityScore;
import no.varcat.catalog.qualityscore.RegisterQuality;
import no.varcat.catalog.register.MetadataCompleteness;
import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.RegisterVariablePage;
import no.varcat.catalog.search.RegisterVariables;
import no.varcat.catalog.search.SearchUnavailableException;
import no.varcat.harvest.HarvestHistory;
import no.varcat.harvest.HarvestIssue;
import no.varcat.web.chart.Percent;
import no.varcat.web.coverage.CoverageView;
import no.varcat.web.coverage.RegisterCoverageChart;
import no.varcat.web.resource.NotInCatalogException;
import no.varcat.web.resource.ResourcePage;
import no.varcat.web.resource.ResourceUrls;

/**
 * The register page. Its variable list is a page of the variables index ({@link VariableListRequest}:
 * filter, page, size, cursor), and what it says about all the register's variables (how many, how
 * well described) comes from the same request's aggregations: nothing here reads the whole register.
 */
@Component
class RegisterHtml implements ResourcePage {

    private final RegisterRepository registers;
    private final RegisterVariables variables;
    private final RegisterPage page;
    private final RegisterCoverageChart coverage;
    private final MessageSource messages;
    private final SchemaOrgDataset schemaOrg;
    private final ResourceUrls urls;
    private final HarvestHistory history;
    private final QualityRepository quality;

    RegisterHtml(RegisterRepository registers, RegisterVariables variables, RegisterPage page,
            RegisterCoverageChart coverage, MessageSource messages, SchemaOrgDataset schemaOrg, ResourceUrls urls,
            HarvestHistory history, QualityRepository quality) {
        this.history = history;
        this.quality = quality;
        this.schemaOrg = schemaOrg;
        this.registers = registers;
        this.variables = variables;
        this.page = page;
        this.coverage = coverage;
        this.messages = messages;
        this.urls = urls;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.REGISTER;
    }

    @Override
    public String render(String iri, Map<String, String> params, Locale locale, Model model) {
        VariableListRequest request = VariableListRequest.of(params);
        RegisterDetails details = registers.find(iri).orElseThrow(() -> new NotInCatalogException(ResourceKind.REGISTER, iri));
        // The variable list comes from the search index; while search is down the rest of the page,
        // read from the store, still answers, and says where the list went (docs/RELIABILITY.md).
        RegisterVariablePage list;
        boolean searchDown = false;
        try {
            list = list(iri, request);
        } catch (SearchUnavailableException e) {
            // Only here does the page count in the store: it reads every variable of the register.
            list = new RegisterVariablePage(registers.countVariables(iri), 0, List.of(), 0, 0, List.of(), null, null);
            searchDown = true;
        }
        CoverageView coverageView = coverage.of(iri, locale);
        var indicatorViews = page.indicators(iri, locale, text("register.target.high", locale),
                text("register.target.moderate", locale));
        MetadataCompleteness.Score completeness = searchDown ? null : MetadataCompleteness.assess(details,
                new MetadataCompleteness.VariableCounts(list.inRegister(), list.withDefinition(), list.withValueDomain()),
                coverageView != null, !indicatorViews.isEmpty());
        model.addAttribute("variablesUnavailable", searchDown);
        String path = urls.register(iri);
        model.addAttribute("register", details);
        model.addAttribute("allVariables", list.inRegister());
        model.addAttribute("matching", list.matching());
        model.addAttribute("variables", list.variables().stream().map(VariableRow::of).toList());
        model.addAttribute("filter", request.filter());
        model.addAttribute("pageSize", request.size() == VariableListRequest.DEFAULT_SIZE ? null : request.size());
        model.addAttribute("pagination", VariablePages.of(path, request, list));
        model.addAttribute("coverage", coverageView);
        model.addAttribute("indicators", indicatorViews);
        model.addAttribute("completeness", completeness);
        model.addAttribute("completenessPercent", completeness == null ? null : Percent.format(locale).format(completeness.share()));
        // What the newest harvest found missing against varcat's profile, for the publisher to add.
        model.addAttribute("harvestNotes", history.latestAbout(iri).stream()
                .filter(issue -> issue.severity() == HarvestIssue.Severity.WARNING).map(HarvestIssue::detail).toList());
        // The score the harvests measured (docs/quality.md): read from its measurements, a few dozen rows.
        RegisterQuality measured = quality.find(iri).orElse(null);
        model.addAttribute("quality", measured);
        model.addAttribute("qualityHistory", QualityHistoryRow.of(measured));
        model.addAttribute("qualityMaximum", QualityScore.maximum());
        model.addAttribute("mqaMaximum", QualityScore.mqaMaximum());
        model.addAttribute("schemaOrg", schemaOrg.jsonLd(details, list.sample().stream().map(VariableRow::of).toList(),
                locale.getLanguage()));
        return "register";
    }

    /** The page asked for; a page past the end (by number or by a cursor at the end) is not there. */
    private RegisterVariablePage list(String iri, VariableListRequest request) {
        RegisterVariablePage list;
        try {
            list = variables.page(iri, request.filter(), request.from(), request.cursor(), request.size());
        } catch (IllegalArgumentException e) {
            throw VariableListRequest.bad(e.getMessage());
        }
        if (list.variables().isEmpty() && (request.page() > 1 || request.cursor() != null)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The variable list has no page " + request.page());
        }
        return list;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
