package no.varcat.catalog.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.varcat.catalog.store.CatalogStore;
import no.varcat.catalog.store.Iris;
import no.varcat.vocab.Prefixes;

/** Reads coverage rates from the store. */
public final class CoverageRepository {

    private final CatalogStore store;

    public CoverageRepository(CatalogStore store) {
        this.store = store;
    }

    /** Every coverage rate in the store, for indexing. */
    public List<CoverageRate> findAll() {
        List<CoverageRate> rates = new ArrayList<>();
        store.select(Prefixes.sparqlPrologue() + String.format(CoverageRateMapping.SELECT, ""), row -> rates.add(CoverageRateMapping.read(row)));
        return rates;
    }

    /** Coverage rates of a register or variable, all reporting units, by year. */
    public List<CoverageRate> forResource(String iri) {
        return Iris.isAbsolute(iri) ? forResources(List.of(iri)) : List.of();
    }

    /** Coverage rates of several registers or variables (keep them to a page's worth), in one query. */
    public List<CoverageRate> forResources(Collection<String> iris) {
        if (!Iris.anyAbsolute(iris)) {
            return List.of();
        }
        List<CoverageRate> rates = new ArrayList<>();
        store.select(Prefixes.sparqlPrologue() + String.format(CoverageRateMapping.SELECT,
                Iris.union("on", "?m dqv:computedOn %1$s .", iris)),
                row -> rates.add(CoverageRateMapping.read(row)));
        return rates;
    }
}
