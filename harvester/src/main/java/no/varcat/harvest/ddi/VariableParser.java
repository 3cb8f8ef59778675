package no.varcat.harvest.ddi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

/**
 * Reads one var into a {@link Variable}. Problems that spoil a part of a variable (a category
 * without a value, a statistic that is not a number) are warnings with the position, and the rest
 * of the variable is kept.
 */
final class VariableParser {

    private final XmlCursor cursor;
    private final List<LangText> labels = new ArrayList<>();
    private final List<LangText> definitions = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<LangText> universes = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final Set<String> codeValues = new HashSet<>();
    private final List<SummaryStatistic> statistics = new ArrayList<>();
    private final Set<String> statisticKeys = new HashSet<>();
    private final List<LangText> concepts = new ArrayList<>();
    private String formatType;
    private String xmlSchemaType;
    private String name;
    private String analysisUnit;

    VariableParser(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the var the cursor is on, to its end tag; empty, after a warning, when it has no name. */
    Optional<Variable> parse() throws XMLStreamException {
        long line = cursor.line();
        long column = cursor.column();
        name = cursor.attribute("name");
        String unit = cursor.attribute("measUnit");
        while (cursor.nextChild()) {
            child();
        }
        if (name == null) {
            cursor.warnAt("A var without a name attribute is skipped", line, column);
            return Optional.empty();
        }
        return Optional.of(new Variable(name, labels, definitions, questions, universes, formatType, xmlSchemaType, unit, categories,
                statistics, concepts, analysisUnit));
    }

    private void child() throws XMLStreamException {
        switch (cursor.localName()) {
            case "labl" -> cursor.langText().ifPresent(labels::add);
            case "txt" -> cursor.langText().ifPresent(definitions::add);
            case "qstn" -> question();
            case "universe" -> cursor.langText().ifPresent(universes::add);
            case "concept" -> cursor.langText().ifPresent(concepts::add);
            case "anlysUnit" -> analysisUnit = analysisUnit != null ? skipped() : AnalysisUnits.read(cursor, "variable " + name);
            case "varFormat" -> {
                formatType = cursor.attribute("type");
                if ("XML-Data".equals(cursor.attribute("schema"))) {
                    xmlSchemaType = cursor.attribute("formatname");
                }
                cursor.skip();
            }
            case "catgry" -> category();
            case "sumStat" -> statistic();
            default -> cursor.skip();
        }
    }

    /** A second anlysUnit is the first in another language: the first is kept. */
    private String skipped() throws XMLStreamException {
        cursor.skip();
        return analysisUnit;
    }

    private void question() throws XMLStreamException {
        List<LangText> texts = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.localName().equals("qstnLit")) {
                cursor.langText().ifPresent(texts::add);
            } else {
                cursor.skip();
            }
        }
        if (!texts.isEmpty()) {
            questions.add(new Question(texts));
        }
    }

    private void category() throws XMLStreamException {
        long line = cursor.line();
        long column = cursor.column();
        boolean missing = "Y".equalsIgnoreCase(cursor.attribute("missing"));
        String value = null;
        List<LangText> codeLabels = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "catValu" -> value = cursor.text();
                case "labl" -> cursor.langText().ifPresent(codeLabels::add);
                default -> cursor.skip();
            }
        }
        if (value == null || value.isEmpty()) {
            cursor.warnAt("A catgry without a catValu in variable " + name + " is skipped", line, column);
        } else if (!codeValues.add(value)) {
            cursor.warnAt("Variable " + name + " has code '" + value + "' twice; the first one is kept", line, column);
        } else {
            categories.add(new Category(value, codeLabels, missing));
        }
    }

    private void statistic() throws XMLStreamException {
        long line = cursor.line();
        long column = cursor.column();
        String type = cursor.attribute("type");
        boolean weighted = "wgtd".equals(cursor.attribute("wgtd"));
        String value = cursor.text();
        if (type == null) {
            cursor.warnAt("A sumStat without a type in variable " + name + " is skipped", line, column);
            return;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            cursor.warnAt("sumStat " + type + " of variable " + name + " is not a number: '" + value + "'", line, column);
            return;
        }
        if (!statisticKeys.add(type + weighted)) {
            cursor.warnAt("Variable " + name + " has sumStat " + type + " twice; the first one is kept", line, column);
            return;
        }
        statistics.add(new SummaryStatistic(type, weighted, number));
    }
}
