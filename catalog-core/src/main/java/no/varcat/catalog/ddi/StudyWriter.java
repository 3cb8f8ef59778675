package no.varcat.catalog.ddi;

import javax.xml.stream.XMLStreamException;

import no.varcat.catalog.register.RegisterDetails;
import no.varcat.catalog.register.RegisterSummary;
import no.varcat.catalog.text.LocalizedText;

/**
 * The register as DDI's {@code stdyDscr}: the inverse of what the harvester's DDI reader takes
 * from one (titl/parTitl, IDNo, producer, distrbtr, keyword, abstract, timePrd, universe), plus the
 * contact point and landing page, which the reader has no place for. Children in schema order.
 */
final class StudyWriter {

    private static final String[] LANGUAGES = {"nb", "nn", "en"};

    private final DdiXml xml;

    StudyWriter(DdiXml xml) {
        this.xml = xml;
    }

    void write(RegisterDetails register, StudyExtras extras) throws XMLStreamException {
        xml.start("stdyDscr");
        xml.start("citation");
        titles(register.summary(), extras);
        if (!extras.producers().isEmpty()) {
            xml.start("prodStmt");
            for (StudyAgent producer : extras.producers()) {
                agent("producer", producer);
            }
            xml.end();
        }
        distribution(register, extras);
        if (register.landingPage() != null) {
            xml.start("holdings");
            xml.attribute("URI", register.landingPage());
            xml.characters(register.landingPage());
            xml.end();
        }
        xml.end();
        studyInfo(register, extras);
        xml.end();
    }

    /** DDI has one titl: the bokmål title where there is one; the other languages are parallel titles. */
    private void titles(RegisterSummary summary, StudyExtras extras) throws XMLStreamException {
        LocalizedText title = summary.title();
        xml.start("titlStmt");
        if (title.isEmpty()) {
            xml.text("titl", summary.iri(), null);
        } else {
            String first = null;
            for (String language : LANGUAGES) {
                String text = in(title, language);
                if (text != null && first == null) {
                    first = language;
                    xml.text("titl", text, language);
                }
            }
            if (first == null) {
                // Only a title in another language (a Swedish catalog's, say): shown as it is.
                xml.text("titl", title.other().text(), title.other().language());
            }
            for (String language : LANGUAGES) {
                if (!language.equals(first)) {
                    xml.text("parTitl", in(title, language), language);
                }
            }
        }
        xml.text("IDNo", summary.identifier(), null);
        for (OtherIdentifier identifier : extras.identifiers()) {
            xml.start("IDNo");
            xml.attribute("agency", identifier.agency());
            xml.characters(identifier.value());
            xml.end();
        }
        xml.end();
    }

    /** The publisher as the distributor (the reader's dct:publisher), and the contact point. */
    private void distribution(RegisterDetails register, StudyExtras extras) throws XMLStreamException {
        boolean contact = register.contactName() != null || register.contactEmail() != null;
        if (extras.distributor() == null && !contact) {
            return;
        }
        xml.start("distStmt");
        if (extras.distributor() != null) {
            agent("distrbtr", extras.distributor());
        }
        if (contact) {
            xml.start("contact");
            xml.attribute("email", register.contactEmail());
            xml.characters(register.contactName() != null ? register.contactName() : register.contactEmail());
            xml.end();
        }
        xml.end();
    }

    private void agent(String element, StudyAgent agent) throws XMLStreamException {
        xml.start(element);
        xml.language(agent.name().language());
        xml.attribute("URI", agent.homepage());
        xml.characters(agent.name().text());
        xml.end();
    }

    private void studyInfo(RegisterDetails register, StudyExtras extras) throws XMLStreamException {
        boolean period = register.firstYear() != null || register.lastYear() != null;
        if (extras.keywords().isEmpty() && register.summary().description().isEmpty() && !period
                && register.populationCoverage().isEmpty()) {
            return;
        }
        xml.start("stdyInfo");
        if (!extras.keywords().isEmpty()) {
            xml.start("subject");
            for (Tagged keyword : extras.keywords()) {
                xml.text("keyword", keyword.text(), keyword.language());
            }
            xml.end();
        }
        xml.texts("abstract", register.summary().description());
        if (period || !register.populationCoverage().isEmpty()) {
            xml.start("sumDscr");
            timePeriod("start", register.firstYear());
            timePeriod("end", register.lastYear());
            xml.texts("universe", register.populationCoverage());
            xml.end();
        }
        xml.end();
    }

    private void timePeriod(String event, Integer year) throws XMLStreamException {
        if (year == null) {
            return;
        }
        xml.start("timePrd");
        xml.attribute("event", event);
        xml.attribute("date", String.format("%04d", year));
        xml.characters(String.valueOf(year));
        xml.end();
    }

    /** The text in exactly this language, without LocalizedText's fallback; null when there is none. */
    private static String in(LocalizedText text, String language) {
        String value = switch (language) {
            case "nn" -> text.nn();
            case "en" -> text.en();
            default -> text.nb();
        };
        return value == null || value.isBlank() ? null : value;
    }
}
