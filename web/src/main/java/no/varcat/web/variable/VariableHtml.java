package no.varcat.web.variable;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.variable.RelatedVariable;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSuccessions;
import no.varcat.vocab.ControlledTerms;
import no.varcat.web.coverage.RegisterCoverageChart;
import no.varcat.web.list.Concepts;
import no.varcat.web.resource.NotInCatalogException;
import no.varcat.web.resource.ResourcePage;

/** The variable page: code list and its timeline, successors, the register's coverage, the same concept in other registers. */
@Component
class VariableHtml implements ResourcePage {

    private final VariableRepository variables;
    private final RegisterCoverageChart coverage;
    private final VariableSuccessions successions;
    private final Concepts concepts;
    private final Clock clock = Clock.systemUTC();

    VariableHtml(VariableRepository variables, RegisterCoverageChart coverage, VariableSuccessions successions, Concepts concepts) {
        this.variables = variables;
        this.coverage = coverage;
        this.successions = successions;
        this.concepts = concepts;
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VARIABLE;
    }

    @Override
    public String render(String iri, Map<String, String> params, Locale locale, Model model) {
        VariableDetails details = variables.find(iri).orElseThrow(() -> new NotInCatalogException(ResourceKind.VARIABLE, iri));
        model.addAttribute("variable", details.summary());
        model.addAttribute("codes", details.codes());
        model.addAttribute("details", details);
        model.addAttribute("temporality", ScopeValue.of(details.summary().temporality(), ControlledTerms.TEMPORALITY));
        model.addAttribute("unitType", ScopeValue.of(details.summary().unitType(), ControlledTerms.UNIT_TYPES));
        // The one variable's codes and replacement links: what the timeline reads, bounded by the variable.
        model.addAttribute("timeline", CodeTimelineView.of(details, params, clock));
        model.addAttribute("succession", successions.of(iri));
        // Its concept, which the list takes as a whole (every register's variable sharing it).
        model.addAttribute("concept", concepts.ofVariable(iri).orElse(null));
        // One more than is shown, to say when there are more than the page lists.
        List<RelatedVariable> related = variables.related(iri, VariableRepository.MAX_RELATED + 1);
        model.addAttribute("related", related.subList(0, Math.min(related.size(), VariableRepository.MAX_RELATED)));
        model.addAttribute("relatedMore", related.size() > VariableRepository.MAX_RELATED);
        // Registers publish coverage for the whole register; it tells how complete each of its variables can be.
        model.addAttribute("coverage", coverage.of(details.summary().registerIri(), locale));
        return "variable";
    }
}
