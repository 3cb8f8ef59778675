package no.varcat.catalog.officialshapes;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered shape sets, compiled, for this instance. Compiling takes a moment, so the copies
 * are kept in memory and keyed by the registry's version stamp: each use costs one small query to
 * learn whether another instance (or this one) has saved or deleted a set since, and only then are
 * the sets read and compiled again. Nothing of it is the instance's own state: the store holds the
 * sets, and any instance compiles the same.
 */
public final class OfficialShapeSets {

    private static final Logger log = LoggerFactory.getLogger(OfficialShapeSets.class);

    private final ShapeSetRepository repository;
    private volatile Compiled compiled = new Compiled(null, List.of());

    private record Compiled(String stamp, List<CompiledShapeSet> sets) {
    }

    public OfficialShapeSets(ShapeSetRepository repository) {
        this.repository = repository;
    }

    public ShapeSetRepository repository() {
        return repository;
    }

    /** Every registered set, compiled, by name. */
    public List<CompiledShapeSet> current() {
        String stamp = repository.stamp();
        Compiled now = compiled;
        if (stamp.equals(now.stamp())) {
            return now.sets();
        }
        synchronized (this) {
            if (!stamp.equals(compiled.stamp())) {
                compiled = new Compiled(stamp, compileAll());
            }
            return compiled.sets();
        }
    }

    /**
     * A set that was valid when registered compiles again; one that no longer does (a newer Jena, say)
     * is left out and logged rather than failing every check.
     */
    private List<CompiledShapeSet> compileAll() {
        List<CompiledShapeSet> sets = new ArrayList<>();
        for (ShapeSet set : repository.all()) {
            try {
                sets.add(CompiledShapeSet.compile(set, repository.shapes(set.name())));
            } catch (ShapeSetException e) {
                log.warn("The official shape set '{}' does not compile and is not used: {}", set.name(), e.getMessage());
            }
        }
        return List.copyOf(sets);
    }
}
