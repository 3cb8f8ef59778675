package no.varcat.catalog.variable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.RDFNode;

/**
 * The days a code is in force from what a source gives: a period's {@code dcat:startDate} and
 * {@code dcat:endDate} (varcat's readers, and RDF sources using {@code dct:temporal} or a
 * {@code dct:valid} period), schema.org's {@code validFrom}/{@code validThrough}, or a
 * {@code dct:valid} literal in the DCMI Period encoding ({@code start=1986; end=1995;}). A year
 * stands for its first day as a start and its last as an end. A single date in {@code dct:valid}
 * is not read: it does not say whether the code begins or ends there.
 */
final class CodeValidity {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(-\\d{2}-\\d{2})?.*");
    private static final Pattern DCMI_START = Pattern.compile("(?:^|;)\\s*start=([^;]+)");
    private static final Pattern DCMI_END = Pattern.compile("(?:^|;)\\s*end=([^;]+)");

    private CodeValidity() {
    }

    static LocalDate start(RDFNode node) {
        return node != null && node.isLiteral() ? day(node.asLiteral().getLexicalForm(), false) : null;
    }

    static LocalDate end(RDFNode node) {
        return node != null && node.isLiteral() ? day(node.asLiteral().getLexicalForm(), true) : null;
    }

    /** The start of a DCMI Period literal; null when it is none. */
    static LocalDate dcmiStart(RDFNode node) {
        return dcmi(node, DCMI_START, false);
    }

    static LocalDate dcmiEnd(RDFNode node) {
        return dcmi(node, DCMI_END, true);
    }

    private static LocalDate dcmi(RDFNode node, Pattern part, boolean end) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        Matcher matcher = part.matcher(node.asLiteral().getLexicalForm());
        return matcher.find() ? day(matcher.group(1), end) : null;
    }

    private static LocalDate day(String lexical, boolean end) {
        Matcher matcher = DATE.matcher(lexical.strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            if (matcher.group(2) != null) {
                return LocalDate.parse(matcher.group(1) + matcher.group(2));
            }
            int year = Integer.parseInt(matcher.group(1));
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
