package no.varcat.web.resource;

import java.util.Locale;
import java.util.Map;

import org.springframework.ui.Model;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.resource.ResourceOverviews;

/** The page of a code list, a quality indicator or a publisher: one template, {@code resource.html}. */
final class OverviewHtml implements ResourcePage {

    private final ResourceKind kind;
    private final ResourceOverviews overviews;

    OverviewHtml(ResourceKind kind, ResourceOverviews overviews) {
        this.kind = kind;
        this.overviews = overviews;
    }

    @Override
    public ResourceKind kind() {
        return kind;
    }

    @Override
    public String render(String iri, Map<String, String> params, Locale locale, Model model) {
        model.addAttribute("resource", overviews.find(kind, iri).orElseThrow(() -> new NotInCatalogException(kind, iri)));
        return "resource";
    }
}
