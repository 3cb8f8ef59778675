package no.varcat.web.home;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.CatalogOverview;
import no.varcat.catalog.search.CatalogSummary;
import no.varcat.web.resource.ResourceUrls;

/**
 * The home page: what the catalog holds (registers, variables, publishers), ways in by theme and
 * by register with its coverage, what changed lately, and searches to start from. Two index reads
 * and one bounded read of the change log, whatever the catalog's size.
 */
@Controller
class HomeController {

    /** Registers and changes shown; the rest is one click away (the registers tab, the change feed). */
    static final int REGISTERS_SHOWN = 12;
    static final int CHANGES_SHOWN = 8;
    private static final java.time.ZoneId NORWAY = java.time.ZoneId.of("Europe/Oslo");

    private final CatalogOverview overview;
    private final RecentChanges recent;
    private final ResourceUrls urls;
    private final MessageSource messages;

    HomeController(CatalogOverview overview, RecentChanges recent, ResourceUrls urls, MessageSource messages) {
        this.overview = overview;
        this.recent = recent;
        this.urls = urls;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        CatalogSummary summary = overview.summary();
        String language = locale.getLanguage();
        model.addAttribute("summary", summary);
        model.addAttribute("registers", summary.byRegister().stream().limit(REGISTERS_SHOWN)
                .map(r -> new RegisterLink(urls.path(ResourceKind.REGISTER, r.iri()), pick(language, r.titleNb(), r.titleEn()),
                        r.variables(), r.coverageRate() == null ? null : (int) Math.round(r.coverageRate() * 100), r.coverageYear()))
                .toList());
        model.addAttribute("moreRegisters", summary.byRegister().size() > REGISTERS_SHOWN || summary.registers() > REGISTERS_SHOWN);
        model.addAttribute("themes", summary.byTheme().stream()
                .map(t -> new ThemeLink(t.iri(), pick(language, t.labelNb(), t.labelEn()), t.variables())).toList());
        RecentChanges.Recent changes = recent.newest(CHANGES_SHOWN);
        model.addAttribute("recentRegisters", links(changes.registers(), language));
        model.addAttribute("recentVariables", links(changes.variables(), language));
        model.addAttribute("examples", List.of(messages.getMessage("home.examples", null, locale).split("\\|")));
        return "home";
    }

    private List<ChangeLink> links(List<RecentChanges.Item> items, String language) {
        return items.stream().map(i -> new ChangeLink(urls.path(i.kind(), i.iri()), i.label().isEmpty() ? i.iri() : i.label().in(language),
                i.type().name().toLowerCase(Locale.ROOT), i.recorded().atZone(NORWAY).toLocalDate().toString())).toList();
    }

    private static String pick(String language, String nb, String en) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : nb;
    }

    record RegisterLink(String href, String title, long variables, Integer coveragePercent, Integer coverageYear) {
    }

    record ThemeLink(String iri, String label, long variables) {
    }

    /** @param date the day it was recorded, in Norway, as ISO 8601 */
    record ChangeLink(String href, String label, String type, String date) {
    }
}
