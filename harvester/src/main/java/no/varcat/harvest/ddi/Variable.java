package no.varcat.harvest.ddi;

import java.util.List;

/**
 * What varcat takes from one var. {@code formatType} is varFormat's type attribute ("numeric",
 * "character") or null; {@code xmlSchemaType} its formatname when its schema is "XML-Data" (an XML
 * Schema datatype such as "integer" or "date", as varcat's DDI export writes it), else null;
 * {@code unit} var's measUnit attribute, or null; {@code analysisUnit} the unit-type concept its
 * anlysUnit names; empty when it names one varcat does not know (the study's does not stand in), null when it has none.
 */
record Variable(
        String name,
        List<LangText> labels,
        List<LangText> definitions,
        List<Question> questions,
        List<LangText> universes,
        String formatType,
        String xmlSchemaType,
        String unit,
        List<Category> categories,
        List<SummaryStatistic> statistics,
        List<LangText> concepts,
        String analysisUnit) {

    Variable {
        labels = List.copyOf(labels);
        definitions = List.copyOf(definitions);
        questions = List.copyOf(questions);
        universes = List.copyOf(universes);
        categories = List.copyOf(categories);
        statistics = List.copyOf(statistics);
        concepts = List.copyOf(concepts);
    }
}
