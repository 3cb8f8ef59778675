package no.varcat.harvest.microdata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.XSD;

import tools.jackson.databind.JsonNode;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.IssueCollector;
import no.varcat.vocab.ControlledTerms;

/**
 * Turns microdata.no's two JSON shapes into {@link MicrodataVariable}s: a dataset's metadata as
 * delivered to microdata.no (one object, texts as {@code [{languageCode, value}]}, dates as
 * ISO dates) and the metadata service's data structures (texts as strings in the structure's
 * {@code languageCode}, dates as days since 1970-01-01). Problems are warnings at the position of
 * the dataset they belong to; what can be read is kept.
 */
final class MicrodataMapping {

    private final IssueCollector issues;
    private final long line;
    private final long column;

    MicrodataMapping(IssueCollector issues, long line, long column) {
        this.issues = issues;
        this.line = line;
        this.column = column;
    }

    /** The measure variable of a dataset's metadata; {@code name} is the dataset's, as its file name gives it. */
    MicrodataVariable fromDataset(JsonNode dataset, String name) {
        JsonNode measures = dataset.path("measureVariables");
        if (!measures.isArray() || measures.isEmpty()) {
            warn("Dataset " + name + " has no measureVariables; skipped");
            return null;
        }
        if (measures.size() > 1) {
            warn("Dataset " + name + " has " + measures.size() + " measureVariables; only the first is read");
        }
        JsonNode measure = measures.get(0);
        JsonNode domain = measure.path("valueDomain");
        List<MicrodataVariable.Code> codes = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        boolean allEnd = true;
        for (JsonNode code : domain.path("codeList")) {
            codes.add(new MicrodataVariable.Code(text(code.path("code")), texts(code.path("categoryTitle"), "nb"), false));
            LocalDate from = date(code.path("validFrom"), name);
            LocalDate until = date(code.path("validUntil"), name);
            start = from != null && (start == null || from.isBefore(start)) ? from : start;
            allEnd &= until != null;
            end = until != null && (end == null || until.isAfter(end)) ? until : end;
        }
        for (JsonNode code : domain.path("sentinelAndMissingValues")) {
            codes.add(new MicrodataVariable.Code(text(code.path("code")), texts(code.path("categoryTitle"), "nb"), true));
        }
        return variable(name, texts(measure.path("name"), "nb"), texts(measure.path("description"), "nb"),
                texts(dataset.path("populationDescription"), "nb"), text(measure.path("dataType")), codes, start, allEnd ? end : null)
                .described(temporality(text(dataset.path("temporalityType")), name),
                        unitType(text(dataset.path("identifierVariables").path(0).path("unitType")), name));
    }

    /**
     * A unit type's variable (microdata-tools' {@code unit_type_variables/PERSON.json}): the identifier
     * of a unit type, which datasets use as their identifier or, for a relation such as a person's
     * mother, as their measure. Its universe is the units it identifies, as the unit type describes them.
     */
    MicrodataVariable fromUnitType(JsonNode variable) {
        String name = text(variable.path("shortName"));
        JsonNode unitType = variable.path("unitType");
        if (name.isEmpty()) {
            warn("A unit type variable without a shortName; skipped");
            return null;
        }
        Map<String, String> universe = texts(unitType.path("description"), "nb");
        if (universe.isEmpty()) {
            universe = texts(unitType.path("name"), "nb");
        }
        return variable(name, texts(variable.path("name"), "nb"), texts(variable.path("description"), "nb"), universe,
                text(variable.path("dataType")), new ArrayList<>(), null, null)
                .described(null, unitType(text(unitType.path("shortName")), name));
    }

    /** The measure variable of one of the metadata service's data structures. */
    MicrodataVariable fromStructure(JsonNode structure) {
        String language = language(text(structure.path("languageCode")));
        JsonNode measure = structure.path("measureVariable");
        String name = text(measure.path("name")).isEmpty() ? text(structure.path("name")) : text(measure.path("name"));
        if (name.isEmpty()) {
            warn("A data structure without a name; skipped");
            return null;
        }
        JsonNode represented = measure.path("representedVariables");
        // The last represented variable is the current one.
        JsonNode current = represented.isArray() && !represented.isEmpty() ? represented.get(represented.size() - 1) : measure;
        JsonNode domain = current.path("valueDomain");
        List<MicrodataVariable.Code> codes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode value : domain.path("missingValues")) {
            missing.add(value.isObject() ? text(value.path("code")) : text(value));
        }
        for (JsonNode code : domain.path("codeList")) {
            String value = text(code.path("code"));
            codes.add(new MicrodataVariable.Code(value, single(text(code.path("category")), language), missing.remove(value)));
        }
        missing.forEach(value -> codes.add(new MicrodataVariable.Code(value, Map.of(), true)));
        JsonNode coverage = structure.path("temporalCoverage");
        // A unit-type variable (FNR, a person) names its unit type as keyType: the units it identifies.
        JsonNode keyType = measure.path("keyType");
        Map<String, String> universe = single(text(keyType.path("description")), language);
        // The units a structure's rows describe are its identifier's key type (FNR_HASH: PERSON).
        String units = text(structure.path("identifierVariables").path(0).path("keyType").path("name"));
        return variable(name, single(text(measure.path("label")), language), single(text(current.path("description")), language),
                universe, text(measure.path("dataType")), codes, day(coverage.path("start")), day(coverage.path("stop")))
                .described(temporality(text(structure.path("temporality")), name), unitType(units, name));
    }

    private MicrodataVariable variable(String name, Map<String, String> labels, Map<String, String> definitions,
            Map<String, String> universe, String dataType, List<MicrodataVariable.Code> codes, LocalDate start, LocalDate end) {
        if (labels.isEmpty()) {
            warn("Variable " + name + " has no name to show; its short name is used");
            labels = Map.of("nb", name);
        }
        codes.removeIf(code -> {
            if (code.value().isEmpty()) {
                warn("A code of " + name + " has no value; skipped");
            }
            return code.value().isEmpty();
        });
        if (start != null && end != null && end.isBefore(start)) {
            warn("Variable " + name + " ends (" + end + ") before it starts (" + start + "); its period is left out");
            start = null;
            end = null;
        }
        if (start == null) {
            end = null;
        }
        return new MicrodataVariable(name, labels, definitions, universe, datatype(dataType, name), codes, start, end);
    }

    private Node datatype(String dataType, String name) {
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "STRING" -> XSD.xstring.asNode();
            case "LONG" -> XSD.integer.asNode();
            case "DOUBLE" -> XSD.decimal.asNode();
            case "DATE" -> XSD.date.asNode();
            case "INSTANT" -> XSD.dateTime.asNode();
            case "" -> null;
            default -> {
                warn("Unknown dataType '" + dataType + "' of " + name + "; STRING, LONG, DOUBLE, DATE or INSTANT expected");
                yield null;
            }
        };
    }

    /** The temporality concept microdata.no's code names (FIXED, STATUS, ACCUMULATED, EVENT); null for none or an unknown one. */
    private String temporality(String code, String name) {
        return concept(ControlledTerms.TEMPORALITY, code, "temporality", name);
    }

    /** The unit type concept a microdata.no unit type (PERSON, SYKEHUSOPPHOLD) names; null for none or an unknown one. */
    private String unitType(String code, String name) {
        return concept(ControlledTerms.UNIT_TYPES, code, "unit type", name);
    }

    private String concept(ControlledTerms terms, String code, String what, String name) {
        if (code.isEmpty()) {
            return null;
        }
        return terms.byText(code).map(ControlledTerms.Term::iri).orElseGet(() -> {
            warn("The " + what + " '" + code + "' of " + name + " is not one varcat knows; left out (known: "
                    + String.join(", ", terms.terms().stream().map(ControlledTerms.Term::notation).toList()) + ")");
            return null;
        });
    }

    /** {@code [{languageCode, value}]} as text per language tag; a plain string is in {@code language}. */
    private static Map<String, String> texts(JsonNode node, String language) {
        if (node.isString()) {
            return single(node.asString(), language);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode text : node) {
            String value = text(text.path("value"));
            if (!value.isEmpty()) {
                texts.putIfAbsent(language(text(text.path("languageCode"))), value);
            }
        }
        return texts;
    }

    private static Map<String, String> single(String text, String language) {
        return text.isEmpty() ? Map.of() : Map.of(language, text);
    }

    /** microdata.no writes "no" for Norwegian, which is Bokmål there. */
    private static String language(String code) {
        String tag = code.strip().toLowerCase(Locale.ROOT);
        return tag.isEmpty() || tag.equals("no") ? "nb" : tag;
    }

    private LocalDate date(JsonNode node, String name) {
        String text = text(node);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            warn("'" + text + "' in the code list of " + name + " is not a date (yyyy-mm-dd); ignored");
            return null;
        }
    }

    /** Days since 1970-01-01, as the metadata service writes dates. */
    private LocalDate day(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return LocalDate.ofEpochDay(node.longValue());
        }
        if (!node.isMissingNode() && !node.isNull()) {
            warn("'" + node + "' is not a day number (days since 1970-01-01); ignored");
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isString() || node.isNumber() ? node.asString().strip() : "";
    }

    private void warn(String message) {
        issues.add(Severity.WARNING, message, line, column);
    }
}
