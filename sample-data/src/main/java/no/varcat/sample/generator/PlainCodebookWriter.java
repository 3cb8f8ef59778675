package no.varcat.sample.generator;

import java.io.IOException;
import java.io.Writer;

/**
 * The plain CSV codebook ({@code codebook-csv}, preset {@code plain}): comma-separated, one row per
 * variable, codes in one cell as {@code 1=Mann|2=Kvinne|9=Ukjent [missing]}, units by QUDT name.
 */
final class PlainCodebookWriter implements VariableWriter {

    private static final char SEPARATOR = ',';
    private static final String HEADER = "name,label,description,type,values,label_en,description_en,from_year,to_year,unit\n";

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(1024);

    PlainCodebookWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
    }

    @Override
    public void write(SyntheticVariable v) throws IOException {
        StringBuilder b = buffer;
        b.setLength(0);
        cell(b, v.name()).append(SEPARATOR);
        cell(b, v.labelNb()).append(SEPARATOR);
        cell(b, v.definitionNb()).append(SEPARATOR);
        cell(b, v.type().plainType()).append(SEPARATOR);
        cell(b, v.codeList() == null ? "" : codes(v.codeList())).append(SEPARATOR);
        cell(b, v.labelEn()).append(SEPARATOR);
        cell(b, v.definitionEn()).append(SEPARATOR);
        b.append(v.startYear()).append(SEPARATOR);
        b.append(v.hasEnd() ? Integer.toString(v.endYear()) : "").append(SEPARATOR);
        cell(b, v.unit() == null ? "" : v.unit().qudt()).append('\n');
        out.append(b);
    }

    private static String codes(CodeList list) {
        StringBuilder codes = new StringBuilder();
        for (CodeList.Code code : list.codes()) {
            if (!codes.isEmpty()) {
                codes.append('|');
            }
            codes.append(code.value()).append('=').append(code.labelNb()).append(code.missing() ? " [missing]" : "");
        }
        return codes.toString();
    }

    private static StringBuilder cell(StringBuilder b, String text) {
        return b.append(Escape.csv(text, SEPARATOR));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
