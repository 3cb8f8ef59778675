package no.varcat.sample;

import no.varcat.catalog.dcat.CatalogDescription;
import no.varcat.catalog.dcat.HealthDescription;
import no.varcat.catalog.dcat.ResourceLinks;
import no.varcat.catalog.resource.ResourceIds;
import no.varcat.catalog.resource.ResourceKind;

/** The exports as a catalog at {@code https://varcat.example.org/} would configure them, for tests without the web app. */
public final class ExportLinks implements ResourceLinks {

    public static final String BASE = "https://varcat.example.org/";

    public static final CatalogDescription CATALOG = new CatalogDescription(BASE + "catalog", "varcat (test)",
            "varcat (test)", "Testkatalog.", "Test catalog.", BASE + "publisher", "varcat");

    public static final HealthDescription HEALTH = new HealthDescription("http://data.europa.eu/eli/reg/2025/327/oj",
            "https://data.brreg.no/enhetsregisteret/api/enheter/983544622", "Helsedataservice (Helsedirektoratet)",
            "https://helsedata.no/", "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/MRMR",
            "http://publications.europa.eu/resource/authority/dataset-type/PERSONAL_DATA");

    @Override
    public String url(ResourceKind kind, String iri) {
        return BASE + kind.segment() + "/" + ResourceIds.of(iri);
    }
}
