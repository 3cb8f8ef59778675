package no.varcat.harvest.codebook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.varcat.harvest.codebook.CodebookRow.Cell;

/**
 * A layout applied to one file's header: where each column is. Header names are matched ignoring
 * case and surrounding blanks, as spreadsheet users type them.
 */
final class BoundColumns {

    private final CodebookLayout layout;
    private final int width;
    private final Map<Column, List<Integer>> positions;

    private BoundColumns(CodebookLayout layout, int width, Map<Column, List<Integer>> positions) {
        this.layout = layout;
        this.width = width;
        this.positions = positions;
    }

    static BoundColumns bind(CodebookLayout layout, List<String> header) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Map<Column, List<Integer>> positions = new EnumMap<>(Column.class);
        layout.columns().forEach((column, headerNames) -> {
            List<Integer> found = new ArrayList<>();
            for (String headerName : headerNames) {
                int at = names.indexOf(headerName.toLowerCase(Locale.ROOT));
                if (at >= 0) {
                    found.add(at);
                }
            }
            if (!found.isEmpty()) {
                positions.put(column, List.copyOf(found));
            }
        });
        return new BoundColumns(layout, header.size(), positions);
    }

    /** The header names of the required columns the header lacks. */
    List<String> missing() {
        return layout.columns().keySet().stream()
                .filter(layout.required()::contains)
                .filter(column -> !positions.containsKey(column))
                .sorted()
                .map(layout::headerNames)
                .toList();
    }

    /** Number of header cells: the number of cells each row should have. */
    int width() {
        return width;
    }

    CodebookRow row(RawRow raw) {
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        positions.forEach((column, at) -> cells.put(column, firstFilled(raw, at)));
        return new CodebookRow(raw.line(), cells);
    }

    private static Cell firstFilled(RawRow raw, List<Integer> positions) {
        Cell first = null;
        for (int position : positions) {
            String text = position < raw.cells().size() ? raw.cells().get(position).strip() : "";
            Cell cell = new Cell(text, position + 1);
            if (!text.isEmpty()) {
                return cell;
            }
            if (first == null) {
                first = cell;
            }
        }
        return first;
    }
}
