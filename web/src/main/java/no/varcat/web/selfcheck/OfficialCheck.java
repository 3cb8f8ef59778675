package no.varcat.web.selfcheck;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

import no.varcat.catalog.officialshapes.CompiledShapeSet;
import no.varcat.catalog.officialshapes.OfficialShapeSets;
import no.varcat.catalog.validation.Severity;
import no.varcat.catalog.validation.ValidationResult;
import no.varcat.catalog.validation.Violation;
import no.varcat.harvest.DryRunResult;

/**
 * What the official shape sets an operator registered (docs/admin.md) say about the source as it was
 * read: the registers that would land and those left out, before varcat's own rule. Bounded: a
 * source past {@link #MAX_TRIPLES} is not checked against them (said in the report), and each set
 * lists at most {@link #MAX_RESULTS} results, with the counts of all.
 */
final class OfficialCheck {

    /** Some 3,000 variables with their code lists; SHACL over more would hold a check thread too long. */
    static final long MAX_TRIPLES = 100_000;
    static final int MAX_RESULTS = 100;

    private final OfficialShapeSets sets;

    OfficialCheck(OfficialShapeSets sets) {
        this.sets = sets;
    }

    SelfCheckReport.Official check(DryRunResult result) {
        List<CompiledShapeSet> registered = sets == null ? List.of() : sets.current();
        if (registered.isEmpty()) {
            return new SelfCheckReport.Official("none-registered", List.of(), "No official shape set is registered on this catalog, so the source "
                    + "was checked against varcat's own profile only. An admin can register DCAT-AP-NO or HealthDCAT-AP shapes.");
        }
        Graph read = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(read, result.landing());
        GraphUtil.addInto(read, result.leftOut());
        if (read.isEmpty()) {
            return new SelfCheckReport.Official("nothing-read", List.of(), "Nothing was read from the source, so it was not checked against the "
                    + "official shapes.");
        }
        if (read.size() > MAX_TRIPLES) {
            return new SelfCheckReport.Official("too-large", List.of(), "The source has " + read.size() + " triples, more than the "
                    + MAX_TRIPLES + " checked against the official shapes here; check a part of it.");
        }
        List<SelfCheckReport.OfficialSet> checked = new ArrayList<>();
        for (CompiledShapeSet set : registered) {
            ValidationResult verdict = set.check(read);
            List<SelfCheckReport.OfficialResult> results = verdict.violations().stream()
                    .sorted(java.util.Comparator.comparing(Violation::severity).reversed())
                    .limit(MAX_RESULTS)
                    .map(v -> new SelfCheckReport.OfficialResult(v.severity().name().toLowerCase(java.util.Locale.ROOT), v.focusNode(),
                            v.path(), v.message(), v.value()))
                    .toList();
            checked.add(new SelfCheckReport.OfficialSet(set.set().name(), set.set().label(), verdict.conforms(),
                    verdict.withSeverity(Severity.VIOLATION).size(), verdict.withSeverity(Severity.WARNING).size(),
                    verdict.withSeverity(Severity.INFO).size(), results));
        }
        return new SelfCheckReport.Official("checked", checked, null);
    }
}
