package no.varcat.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import no.varcat.catalog.dcat.ResourceLinks;
import no.varcat.web.system.VarcatProperties;

/** The exports' links to registers, variables and publishers: their URLs at this catalog. */
@Component
class CatalogLinks implements ResourceLinks {

    private final String base;

    CatalogLinks(VarcatProperties properties) {
        this.base = properties.baseUri().toString();
    }

    // TEMPORARY until the stable resource URLs land on main.
    @Override
    public String register(String iri) {
        return base + "registers/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Override
    public String variable(String iri) {
        return base + "variables/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    @Override
    public String publisher(String iri) {
        return base + "publishers/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
