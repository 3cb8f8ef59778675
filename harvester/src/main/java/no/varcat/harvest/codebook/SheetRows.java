package no.varcat.harvest.codebook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;
import no.varcat.harvest.input.SourceBytes;

/**
 * The rows of an .xlsx workbook's sheets as text, numbered as Excel shows them. Cells are
 * read as stored, not as formatted for display: a number is its value, a date cell an ISO date,
 * a formula its last computed value (formulas are never evaluated).
 */
final class SheetRows {

    private static final int[] ZIP = {'P', 'K', 3, 4};
    /** What one part of a workbook may unpack to: a codebook sheet is a few MB of XML, and POI holds it all in memory. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** A part may unpack to at most 100 times its compressed size; XML sheets compress 5 to 20 times. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's own zip-bomb guard; these are process-wide settings, made explicit here rather than
        // trusted to POI's defaults (which allow a 4 GB part).
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0};

    private SheetRows() {
    }

    /** A sheet's name and rows. */
    record NamedSheet(String name, List<RawRow> rows) {
    }

    /** Every sheet, in workbook order. */
    static List<NamedSheet> readAll(byte[] bytes, IssueCollector issues) {
        if (!SourceBytes.startsWith(bytes, ZIP)) {
            String what = SourceBytes.startsWith(bytes, OLE2)
                    ? "it is an Excel 97-2003 .xls or an encrypted workbook; save it as an unencrypted .xlsx"
                    : "an .xlsx is a zip archive and this file is not one (a CSV file? then use format codebook-csv)";
            throw SourceFormatException.fatal(issues, "Not an .xlsx workbook: " + what, -1, -1);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw SourceFormatException.fatal(issues, "The workbook has no sheets", -1, -1);
            }
            List<NamedSheet> sheets = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(new NamedSheet(workbook.getSheetName(i), rows(workbook.getSheetAt(i))));
            }
            return sheets;
        } catch (SourceFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals a broken or foreign zip with assorted unchecked exceptions.
            throw SourceFormatException.fatal(issues, problem(e), -1, -1, e);
        }
    }

    /** POI's words for what it refused, in ours: its zip-bomb and DOCTYPE messages are written for programmers. */
    private static String problem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected")) {
                return "The workbook unpacks to far more than its size (a zip bomb?): a part of an .xlsx may unpack to at most "
                        + MAX_PART_BYTES / (1024 * 1024) + " MB and " + Math.round(1 / MIN_INFLATE_RATIO)
                        + " times its compressed size; refusing to read it";
            }
            if (message.contains("DOCTYPE is disallowed")) {
                return "The workbook's XML declares a DOCTYPE, which Excel never writes and whose entities could read local files (XXE)"
                        + " or expand without bound (billion laughs); refusing to read it";
            }
        }
        return "Not a readable .xlsx workbook: " + e.getMessage();
    }

    private static List<RawRow> rows(Sheet sheet) {
        List<RawRow> rows = new ArrayList<>();
        int width = -1;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                cells.add(text(row.getCell(i)));
            }
            RawRow raw = new RawRow(row.getRowNum() + 1L, cells);
            if (raw.isBlank()) {
                continue;
            }
            if (width < 0) {
                width = lastFilled(cells) + 1;
            }
            rows.add(new RawRow(raw.line(), fit(cells, width)));
        }
        return rows;
    }

    /**
     * Sheets leave empty trailing cells out, or keep formatted empty ones: pad or cut to the header's
     * width, but keep filled cells past it, so the row is reported as not matching the header.
     */
    private static List<String> fit(List<String> cells, int width) {
        List<String> fitted = new ArrayList<>(cells.subList(0, Math.min(cells.size(), Math.max(width, lastFilled(cells) + 1))));
        while (fitted.size() < width) {
            fitted.add("");
        }
        return fitted;
    }

    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
