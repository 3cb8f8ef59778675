package no.varcat.harvest.indicator;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.varcat.catalog.quality.Direction;
import no.varcat.catalog.quality.QualityIndicator;
import no.varcat.catalog.text.LocalizedText;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.input.Iris;

/**
 * An entry of SKDE's results-portal indicator descriptions ({@code description.json} of qmongjs) as a
 * {@link QualityIndicator} at {@link Iris#skdeIndicator}, computed on its register
 * {@code {base}/{rname}}, which is written as a minimal dcat:Dataset titled with {@code full_name}
 * (once per register). Target levels: {@code level_green} is the high level, {@code level_yellow}
 * the moderate one; {@code level_direction} 1 is higher is better, 0 lower is better.
 */
final class SkdeDescriptions {

    private final String base;
    private final StreamRDF sink;
    private final IssueCollector issues;
    private final Set<String> registers = new HashSet<>();

    /** @param base where the registers are minted: the source's register, else its location */
    SkdeDescriptions(String base, StreamRDF sink, IssueCollector issues) {
        this.base = Iris.base(base);
        this.sink = sink;
        this.issues = issues;
    }

    /** @throws EntryProblem when the entry cannot be an indicator; warns about what it can do without */
    QualityIndicator indicator(Entry entry) {
        String id = entry.requiredText("id");
        String rname = entry.text("rname");
        if (rname == null) {
            throw EntryProblem.error("Indicator '" + id + "' has no 'rname', so no register to belong to; skipped");
        }
        String register = base + "/" + Iris.segment(rname);
        LocalizedText label = entry.localized("title");
        if (label.isEmpty()) {
            warn(entry, "Indicator '" + id + "' has no 'title'; its id is used as its label");
            label = new LocalizedText(id, null, null);
        }
        LocalizedText definition = paragraphs(entry.localized("long_description"));
        if (definition.isEmpty()) {
            definition = paragraphs(entry.localized("short_description"));
        }
        Direction direction = direction(entry, id);
        BigDecimal high = entry.decimal("level_green");
        BigDecimal moderate = entry.decimal("level_yellow");
        if (direction != null && high != null && moderate != null
                && (direction == Direction.HIGHER_IS_BETTER ? moderate.compareTo(high) > 0 : moderate.compareTo(high) < 0)) {
            warn(entry, "Indicator '" + id + "': level_yellow " + moderate.toPlainString() + " is past level_green "
                    + high.toPlainString() + " for level_direction " + entry.text("level_direction"));
        }
        if (registers.add(register)) {
            writeRegister(register, rname, entry.text("full_name"));
        }
        return new QualityIndicator(Iris.skdeIndicator(id), label, definition, IndicatorDefinitions.DIMENSION, direction,
                high, moderate, register);
    }

    /** The portal separates paragraphs with '|'; a definition keeps them as paragraphs. */
    private static LocalizedText paragraphs(LocalizedText text) {
        String nb = text.nb();
        return nb == null || nb.indexOf('|') < 0 ? text : new LocalizedText(nb.replaceAll("\\s*\\|\\s*", "\n\n"), text.nn(), text.en());
    }

    private Direction direction(Entry entry, String id) {
        String direction = entry.text("level_direction");
        if (direction == null) {
            return null;
        }
        return switch (direction) {
            case "1" -> Direction.HIGHER_IS_BETTER;
            case "0" -> Direction.LOWER_IS_BETTER;
            default -> {
                warn(entry, "Indicator '" + id + "': 'level_direction' is '" + direction + "', not 1 (higher is better) or 0"
                        + " (lower is better); left out");
                yield null;
            }
        };
    }

    /** The register as the file names it: short name and full name; the rest of its description comes from its own DCAT. */
    private void writeRegister(String iri, String rname, String fullName) {
        Node register = NodeFactory.createURI(iri);
        sink.triple(Triple.create(register, RDF.type.asNode(), DCAT.Dataset.asNode()));
        sink.triple(Triple.create(register, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(rname)));
        sink.triple(Triple.create(register, DCTerms.title.asNode(),
                NodeFactory.createLiteralLang(fullName == null ? rname : fullName, "nb")));
    }

    private void warn(Entry entry, String message) {
        issues.add(Severity.WARNING, message, entry.line(), entry.column());
    }
}
