package no.varcat.catalog.dcat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import no.varcat.catalog.store.CatalogStore;

/**
 * How many variables with a technical name each register has, remembered for one version of the
 * catalog ({@link CatalogVersion#tag()}). Every part of a HealthDCAT-AP page needs the counts of its
 * own page, the one before and the last one, and counting them cost about a second a part at 1M
 * variables: a harvester walking the export's ~1,250 parts counted the same registers over and over.
 * The counts change only with the catalog, so a new version starts afresh; what is remembered is a
 * number per register, bounded by the registers, never by their variables. Every instance on a
 * shared store derives the same counts from the same version.
 */
final class RegisterColumnCounts {

    private record Remembered(String version, Map<String, Long> counts) {
    }

    private final CatalogStore store;
    private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered("", new ConcurrentHashMap<>()));

    RegisterColumnCounts(CatalogStore store) {
        this.store = store;
    }

    /**
     * The counts of {@code registers} in the catalog of {@code version}, those not yet known read in
     * one query; with no version (null) all are read, and nothing is remembered.
     */
    Map<String, Long> of(List<String> registers, String version) {
        if (version == null) {
            return VariableColumns.counts(store, registers);
        }
        Map<String, Long> known = remembered.updateAndGet(r -> r.version().equals(version) ? r
                : new Remembered(version, new ConcurrentHashMap<>())).counts();
        List<String> missing = registers.stream().filter(r -> !known.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            Map<String, Long> read = VariableColumns.counts(store, missing);
            missing.forEach(register -> known.put(register, read.getOrDefault(register, 0L)));
        }
        Map<String, Long> counts = new HashMap<>();
        registers.forEach(register -> counts.put(register, known.getOrDefault(register, 0L)));
        return counts;
    }
}
