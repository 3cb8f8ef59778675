package no.varcat.web.harvest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import no.varcat.harvest.source.RegisteredSource;
import no.varcat.harvest.source.SourceRegistry;
import no.varcat.web.harvest.ManagedSource.Origin;

/**
 * Every source the catalog harvests: those of {@code varcat.sources-file}, fixed while the
 * application runs, and those registered in the store, which admins add, change and delete. An id
 * names one source: the store cannot take an id the file has.
 */
public final class SourceCatalog {

    private final Map<String, RegisteredSource> fileSources = new LinkedHashMap<>();
    private final SourceRegistry registry;

    public SourceCatalog(List<RegisteredSource> fileSources, SourceRegistry registry) {
        fileSources.forEach(s -> this.fileSources.put(s.id(), s));
        this.registry = registry;
    }

    /** Every source, by id. */
    public List<ManagedSource> all() {
        List<ManagedSource> all = new ArrayList<>();
        fileSources.values().forEach(s -> all.add(new ManagedSource(s, Origin.SOURCES_FILE)));
        registry.all().stream().filter(s -> !fileSources.containsKey(s.id()))
                .forEach(s -> all.add(new ManagedSource(s, Origin.STORE)));
        all.sort(Comparator.comparing(ManagedSource::id));
        return all;
    }

    public Optional<ManagedSource> find(String id) {
        RegisteredSource fromFile = fileSources.get(id);
        if (fromFile != null) {
            return Optional.of(new ManagedSource(fromFile, Origin.SOURCES_FILE));
        }
        return registry.find(id).map(s -> new ManagedSource(s, Origin.STORE));
    }

    /** Those of the sources with these ids that exist, by id: reads these sources only. */
    public List<ManagedSource> findAll(Collection<String> ids) {
        List<ManagedSource> found = new ArrayList<>();
        ids.stream().map(fileSources::get).filter(Objects::nonNull).forEach(s -> found.add(new ManagedSource(s, Origin.SOURCES_FILE)));
        registry.findAll(ids.stream().filter(id -> !fileSources.containsKey(id)).toList())
                .forEach(s -> found.add(new ManagedSource(s, Origin.STORE)));
        found.sort(Comparator.comparing(ManagedSource::id));
        return found;
    }

    /**
     * Adds or replaces a source in the store.
     *
     * @throws SourceManagedElsewhereException when the sources file has a source with this id
     */
    public void save(RegisteredSource source) {
        refuseFileSource(source.id());
        registry.save(source);
    }

    /**
     * Adds or replaces these sources in the store, in one transaction.
     *
     * @throws SourceManagedElsewhereException when the sources file has a source with one of their ids
     */
    public void saveAll(List<RegisteredSource> sources) {
        sources.forEach(s -> refuseFileSource(s.id()));
        registry.saveAll(sources);
    }

    /**
     * Deletes a source from the store, with what was harvested from it.
     *
     * @return whether there was one
     * @throws SourceManagedElsewhereException when the source is one of the sources file's
     */
    public boolean delete(String id) {
        refuseFileSource(id);
        return registry.delete(id);
    }

    private void refuseFileSource(String id) {
        if (fileSources.containsKey(id)) {
            throw new SourceManagedElsewhereException(id);
        }
    }

    /** A change asked of a source that only its sources file can change. */
    public static final class SourceManagedElsewhereException extends RuntimeException {

        public SourceManagedElsewhereException(String id) {
            super("The source '" + id + "' is defined in varcat.sources-file; change it there");
        }
    }
}
