package no.varcat.web.catalog;

import org.apache.jena.riot.Lang;
import org.springframework.stereotype.Component;

import no.varcat.catalog.dcat.CatalogVersion;
import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.text.Sha256;
import no.varcat.web.system.VarcatProperties;

/**
 * The validators of a catalog page, from the store (never from this instance's memory, so that
 * instances behind one load balancer agree): the store's {@link CatalogVersion}, with what else
 * shapes the answer (the configuration that describes the catalog, the application version, the
 * profile, the page and the syntax) folded into the ETag.
 */
@Component
class CatalogVersions {

    /** @param catalogVersion the store's {@link CatalogVersion#tag()}, for what may be remembered per version */
    record Validators(String etag, long lastModifiedMillis, String catalogVersion) {
    }

    private final CatalogStore store;
    private final String configuration;

    CatalogVersions(CatalogStore store, VarcatProperties properties) {
        this.store = store;
        String version = CatalogVersions.class.getPackage().getImplementationVersion();
        this.configuration = Sha256.hex(properties.baseUri() + "|" + properties.catalog() + "|" + version, 8);
    }

    /** @param page what names the page and its shape (number, size, total, part, ...) */
    Validators current(String profile, String page, Lang lang) {
        CatalogVersion version = CatalogVersion.read(store);
        String tag = Sha256.hex(version.tag() + "|" + configuration + "|" + profile + "|" + page + "|" + lang.getName(), 16);
        // Weak: the same content in gzip or not is the same representation to us.
        return new Validators("W/\"" + tag + "\"", version.lastModified().map(t -> t.toEpochMilli()).orElse(-1L),
                version.tag());
    }
}
