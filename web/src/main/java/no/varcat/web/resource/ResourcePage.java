package no.varcat.web.resource;

import java.util.Locale;
import java.util.Map;

import org.springframework.ui.Model;

import no.varcat.catalog.resource.ResourceKind;

/** The HTML representation of one kind of resource: fills the model and names the template. */
public interface ResourcePage {

    ResourceKind kind();

    /**
     * @param iri    the harvested IRI, known to the store as a resource of {@link #kind()}
     * @param params the request's query parameters (a register page's variable filter, say)
     * @return the template's name
     */
    String render(String iri, Map<String, String> params, Locale locale, Model model);
}
