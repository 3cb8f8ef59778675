package no.varcat.harvest.ddi;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

/**
 * Reads a stdyDscr into a {@link Study}. Walks the whole element and picks what it needs by path
 * below stdyDscr, so elements DDI allows in between (or Nesstar adds) never get in the way.
 */
final class StudyParser {

    private final XmlCursor cursor;
    private final List<LangText> titles = new ArrayList<>();
    private final List<LangText> parallelTitles = new ArrayList<>();
    private final List<LangText> descriptions = new ArrayList<>();
    private final List<StudyIdentifier> identifiers = new ArrayList<>();
    private final List<Agent> producers = new ArrayList<>();
    private final List<Agent> distributors = new ArrayList<>();
    private final List<LangText> keywords = new ArrayList<>();
    private final List<LangText> populations = new ArrayList<>();
    private String analysisUnit;
    private final PeriodCollector period = new PeriodCollector();

    StudyParser(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the stdyDscr the cursor is on, to its end tag. */
    Study parse() throws XMLStreamException {
        walk("");
        return new Study(allTitles(), descriptions, identifiers, producers, distributors, keywords, populations,
                period.period(), analysisUnit);
    }

    private void walk(String path) throws XMLStreamException {
        while (cursor.nextChild()) {
            String child = path.isEmpty() ? cursor.localName() : path + "/" + cursor.localName();
            switch (child) {
                case "citation/titlStmt/titl" -> cursor.langText().ifPresent(titles::add);
                case "citation/titlStmt/parTitl" -> cursor.langText().ifPresent(parallelTitles::add);
                case "citation/titlStmt/IDNo" -> identifier();
                case "citation/prodStmt/producer" -> agent(producers);
                case "citation/distStmt/distrbtr" -> agent(distributors);
                case "stdyInfo/abstract" -> cursor.langText().ifPresent(descriptions::add);
                case "stdyInfo/subject/keyword" -> cursor.langText().ifPresent(keywords::add);
                case "stdyInfo/sumDscr/universe" -> cursor.langText().ifPresent(populations::add);
                case "stdyInfo/sumDscr/anlyUnit" -> {
                    if (analysisUnit == null) {
                        String read = AnalysisUnits.read(cursor, "the study");
                        analysisUnit = read == null || read.isEmpty() ? null : read;
                    } else {
                        cursor.skip();
                    }
                }
                case "stdyInfo/sumDscr/timePrd" -> {
                    String date = cursor.attribute("date");
                    String event = cursor.attribute("event");
                    period.timePeriod(date, event, cursor.text());
                }
                case "stdyInfo/sumDscr/collDate" -> {
                    String date = cursor.attribute("date");
                    String event = cursor.attribute("event");
                    period.collectionDate(date, event, cursor.text());
                }
                default -> walk(child);
            }
        }
    }

    private void identifier() throws XMLStreamException {
        String agency = cursor.attribute("agency");
        String value = cursor.text();
        if (!value.isEmpty()) {
            identifiers.add(new StudyIdentifier(value, agency));
        }
    }

    private void agent(List<Agent> into) throws XMLStreamException {
        String homepage = cursor.attribute("URI");
        cursor.langText().ifPresent(name -> into.add(new Agent(name, homepage)));
    }

    /**
     * A parallel title is the title in another language; one in the same language as a title (as
     * Nesstar writes them, untagged) would be a second title in one language, so it is left out.
     */
    private List<LangText> allTitles() {
        List<LangText> all = new ArrayList<>(titles);
        for (LangText parallel : parallelTitles) {
            if (all.stream().noneMatch(title -> title.language().equals(parallel.language()))) {
                all.add(parallel);
            }
        }
        return all;
    }
}
