package no.varcat.web.harvest;

import org.springframework.stereotype.Component;

import no.varcat.catalog.store.StoreUnavailableException;
import no.varcat.harvest.source.SourceRegistry;

/**
 * Whether the catalog holds the bundled, made-up sample catalog, so every page can say so: a
 * reader must never take its registers and figures for real ones. Asked by the page layout only.
 */
@Component("sampleCatalog")
public class SampleCatalog {

    private final SourceRegistry registry;

    SampleCatalog(SourceRegistry registry) {
        this.registry = registry;
    }

    /** False when the store cannot say: the page (an error page, perhaps) is shown without the notice. */
    public boolean present() {
        try {
            return registry.anyWithScheme("classpath");
        } catch (StoreUnavailableException e) {
            return false;
        }
    }
}
