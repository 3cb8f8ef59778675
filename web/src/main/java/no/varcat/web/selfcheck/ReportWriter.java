package no.varcat.web.selfcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

import no.varcat.catalog.qualityscore.MetricResult;
import no.varcat.catalog.qualityscore.QualityAssessor;
import no.varcat.catalog.qualityscore.QualityDimension;
import no.varcat.catalog.qualityscore.QualityScore;
import no.varcat.harvest.DryRunResult;
import no.varcat.harvest.HarvestIssue;
import no.varcat.vocab.DISCO;

/**
 * A {@link DryRunResult} in a register's words. Bounded by the upload, not the catalog: at most
 * {@link #MAX_REGISTERS} registers, {@link #PREVIEW_VARIABLES} variables each, {@link #MAX_ISSUES} issues.
 */
final class ReportWriter {

    static final int MAX_REGISTERS = 50;
    static final int PREVIEW_VARIABLES = 8;
    static final int MAX_ISSUES = 200;
    /** Bokmål first, as the register page shows, then English, then any. */
    private static final List<String> LANGUAGES = List.of("nb", "no", "nn", "en", "");

    private ReportWriter() {
    }

    static SelfCheckReport of(SelfCheckRequest request, DryRunResult result, SelfCheckReport.Official official) {
        Model landing = ModelFactory.createModelForGraph(result.landing());
        Model leftOut = ModelFactory.createModelForGraph(result.leftOut());
        List<SelfCheckReport.Register> registers = new ArrayList<>();
        long variables = 0;
        for (QualityAssessor.SourceAssessment assessment : QualityAssessor.assessSource(result.landing())) {
            Resource register = landing.createResource(assessment.score().datasetIri());
            long count = register.listProperties(DISCO.variable).toList().size();
            variables += count;
            if (registers.size() < MAX_REGISTERS) {
                registers.add(register(register, count, assessment, result.issues()));
            }
        }
        List<SelfCheckReport.LeftOut> left = new ArrayList<>();
        for (Map.Entry<String, String> register : result.leftOutWhy().entrySet()) {
            Resource resource = leftOut.createResource(register.getKey());
            left.add(new SelfCheckReport.LeftOut(register.getKey(), text(resource, DCTerms.title), register.getValue(),
                    resource.listProperties(DISCO.variable).toList().size()));
        }
        List<SelfCheckReport.Issue> issues = result.issues().stream().limit(MAX_ISSUES).map(ReportWriter::issue).toList();
        return new SelfCheckReport(request.checked(), request.format(), result.wouldLand(), result.httpStatus(),
                result.landing().size(), variables, issues, registers, left, official);
    }

    private static SelfCheckReport.Register register(Resource register, long count, QualityAssessor.SourceAssessment assessment,
            List<HarvestIssue> issues) {
        List<SelfCheckReport.Variable> preview = register.listProperties(DISCO.variable).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(v -> String.valueOf(text(v, SKOS.notation))))
                .limit(PREVIEW_VARIABLES)
                .map(v -> new SelfCheckReport.Variable(v.getURI(), text(v, SKOS.notation), text(v, SKOS.prefLabel),
                        text(v, SKOS.definition)))
                .toList();
        List<String> warnings = issues.stream().filter(i -> register.getURI().equals(i.about())).map(HarvestIssue::detail).toList();
        return new SelfCheckReport.Register(register.getURI(), text(register, DCTerms.title), text(register, DCTerms.description),
                count, preview, quality(assessment), warnings);
    }

    /**
     * A source that only gives a register's variables (a codebook) cannot gain the register's MQA
     * points: those come from whatever describes the register, so only the variable metrics are to gain.
     */
    private static SelfCheckReport.Quality quality(QualityAssessor.SourceAssessment assessment) {
        QualityScore score = assessment.score();
        List<SelfCheckReport.Dimension> dimensions = score.pointsByDimension().entrySet().stream()
                .map(e -> new SelfCheckReport.Dimension(name(e.getKey()), e.getValue())).toList();
        List<SelfCheckReport.Gain> gains = new ArrayList<>();
        for (MetricResult missing : score.missing()) {
            if (!assessment.describes() && missing.metric().dimension().mqa()) {
                continue;
            }
            gains.add(new SelfCheckReport.Gain(missing.metric().localName(), name(missing.metric().dimension()), missing.gain(),
                    missing.lacking()));
        }
        return new SelfCheckReport.Quality(score.points(), QualityScore.maximum(), score.percent(), score.mqaPoints(),
                QualityScore.mqaMaximum(), dimensions, gains);
    }

    private static String name(QualityDimension dimension) {
        return dimension.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static SelfCheckReport.Issue issue(HarvestIssue issue) {
        return new SelfCheckReport.Issue(issue.severity().name().toLowerCase(java.util.Locale.ROOT), issue.message(),
                issue.line() < 0 ? null : issue.line(), issue.column() < 0 ? null : issue.column(), issue.about());
    }

    /** The value of {@code property} in the first of {@link #LANGUAGES} that has one; null when none. */
    private static String text(Resource resource, Property property) {
        String best = null;
        int rank = Integer.MAX_VALUE;
        for (Statement statement : resource.listProperties(property).toList()) {
            if (!statement.getObject().isLiteral()) {
                continue;
            }
            String language = statement.getLanguage();
            int at = LANGUAGES.indexOf(language == null ? "" : language.toLowerCase(java.util.Locale.ROOT));
            int of = at < 0 ? LANGUAGES.size() : at;
            if (of < rank) {
                rank = of;
                best = statement.getString();
            }
        }
        return best;
    }
}
