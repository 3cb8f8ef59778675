package no.varcat.sample.generator;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The quality registers' MRS/OQR codebook export ({@code codebook-csv}, preset {@code kodebok}):
 * semicolon-separated, one row per variable, and for list variables one row per list value with
 * the variable's other cells repeated, as the export writes them. Missing values are known only
 * by their text ("Ukjent", "Ikke oppgitt", "Vet ikke").
 */
final class KodebokWriter implements VariableWriter {

    private static final char SEPARATOR = ';';
    private static final String HEADER =
            "skjemanavn;variabel_id;fysisk_feltnavn;ledetekst;hjelpetekst;type;desimaler;listeverdier;listetekst;innfoert_dato;utfaset_dato\n";

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(1024);

    KodebokWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
    }

    @Override
    public void write(SyntheticVariable v) throws IOException {
        buffer.setLength(0);
        if (v.codeList() == null) {
            row(v, "", "");
        } else {
            for (CodeList.Code code : v.codeList().codes()) {
                row(v, code.value(), code.labelNb());
            }
        }
        out.append(buffer);
    }

    private void row(SyntheticVariable v, String value, String text) {
        StringBuilder b = buffer;
        cell(b, v.form()).append(SEPARATOR);
        cell(b, v.name()).append(SEPARATOR);
        cell(b, v.name().toLowerCase(Locale.ROOT)).append(SEPARATOR);
        cell(b, v.labelNb()).append(SEPARATOR);
        cell(b, v.definitionNb()).append(SEPARATOR);
        cell(b, v.type().kodebokType()).append(SEPARATOR);
        cell(b, v.type().kodebokDecimals()).append(SEPARATOR);
        cell(b, value).append(SEPARATOR);
        cell(b, text).append(SEPARATOR);
        cell(b, v.startYear() + "-01-01").append(SEPARATOR);
        cell(b, v.hasEnd() ? v.endYear() + "-12-31" : "").append('\n');
    }

    private static StringBuilder cell(StringBuilder b, String text) {
        return b.append(Escape.csv(text, SEPARATOR));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
