package no.varcat.web.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.Lang;
import org.springframework.stereotype.Component;

import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.search.RegisterVariables;
import no.varcat.web.resource.ResourceUrls;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register as a schema.org {@code Dataset} in JSON-LD, for search engines' dataset search:
 * name, description, publisher, years, the variables measured (by name, at most {@value #MAX_VARIABLES})
 * and the RDF as a download. Written into the page as a data block, so it is escaped for that place.
 */
@Component
class SchemaOrgDataset {

    static final int MAX_VARIABLES = RegisterVariables.SAMPLE_SIZE;

    private final ResourceUrls urls;
    private final JsonMapper json;

    SchemaOrgDataset(ResourceUrls urls, JsonMapper json) {
        this.urls = urls;
        this.json = json;
    }

    /** JSON-LD safe inside {@code <script type="application/ld+json">}: no {@code <}, {@code >} or {@code &} appears raw. */
    String jsonLd(RegisterDetails register, List<VariableRow> variables, String language) {
        String url = urls.url(ResourceKind.REGISTER, register.summary().iri());
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org/");
        dataset.put("@type", "Dataset");
        dataset.put("@id", url);
        dataset.put("url", url);
        dataset.put("sameAs", register.summary().iri());
        dataset.put("name", register.summary().title().in(language));
        if (!register.summary().description().isEmpty()) {
            dataset.put("description", register.summary().description().in(language));
        }
        if (register.summary().identifier() != null) {
            dataset.put("identifier", register.summary().identifier());
        }
        if (register.summary().publisherName() != null) {
            dataset.put("publisher", Map.of("@type", "Organization", "name", register.summary().publisherName()));
        }
        if (register.firstYear() != null) {
            dataset.put("temporalCoverage", register.firstYear() + "/" + (register.lastYear() == null ? ".." : register.lastYear()));
        }
        if (register.landingPage() != null) {
            dataset.put("mainEntityOfPage", register.landingPage());
        }
        if (!variables.isEmpty()) {
            dataset.put("variableMeasured", variables.stream().limit(MAX_VARIABLES).map(v -> v.label().in(language)).toList());
        }
        dataset.put("distribution", List.of(Map.of("@type", "DataDownload", "encodingFormat", "text/turtle",
                "contentUrl", urls.url(ResourceKind.REGISTER, register.summary().iri(), Lang.TURTLE))));
        return json.writeValueAsString(dataset).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
