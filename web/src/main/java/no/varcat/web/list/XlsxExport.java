package no.varcat.web.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The list as an Excel workbook: one sheet, a bold frozen heading row with filters, every cell a
 * string (so harvested text is never taken for a formula).
 */
final class XlsxExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxExport() {
    }

    static byte[] write(ListTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);

            writeRow(sheet.createRow(0), table.headings(), heading);
            for (int i = 0; i < table.rows().size(); i++) {
                writeRow(sheet.createRow(i + 1), table.rows().get(i), null);
            }
            int columns = table.headings().size();
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns - 1));
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, width(table, c) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL - 1) + "…" : value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Characters wide: the longest value, within reason (no AWT font metrics on a headless server). */
    private static int width(ListTable table, int column) {
        int widest = table.headings().get(column).length();
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, row.get(column).length());
        }
        return Math.min(MAX_WIDTH_CHARS, widest + 2);
    }
}
