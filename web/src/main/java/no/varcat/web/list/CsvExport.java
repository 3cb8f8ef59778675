package no.varcat.web.list;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The list as CSV for Norwegian Excel: UTF-8 with a byte order mark (without it Excel reads
 * Windows-1252 and garbles æøå), {@code ;} between fields (Norwegian Excel's list separator, since
 * the comma is the decimal sign), CRLF line ends.
 */
final class CsvExport {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private CsvExport() {
    }

    static byte[] write(ListTable table) {
        StringBuilder out = new StringBuilder().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(table.headings());
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvExport::inert));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Harvested text that starts like a formula ({@code = + - @}, tab, CR) gets a leading
     * apostrophe, so Excel shows it instead of running it (OWASP "CSV injection").
     */
    static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
