package no.varcat.harvest.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A code list written in one cell, in the syntaxes registers use: {@code 1=Gutt|2=Jente},
 * {@code 1=Gutt;2=Jente}, {@code 0 = Nei, 1 = Ja} (MRS), {@code 1, Yes | 2, No} (REDCap), or one
 * code a line. Items are split at '|' or line breaks when the cell has them, else at ';' or ','
 * directly before the next {@code code=}, so a label may hold a comma ("1=Ja, men sjelden;2=Nei").
 * An item is {@code code=label}, else {@code code, label}, else a bare code.
 */
final class CodeListCell {

    /** One item of the cell; {@code label} is null when the item has no separator. */
    record Item(String text, String value, String label) {
    }

    private static final Pattern ITEM_BREAK = Pattern.compile("\\s*[|\\n\\r]+\\s*");
    /** ';' or ',' followed by a code and '=' (the code holds none of ; , = |). */
    private static final Pattern BEFORE_NEXT_CODE = Pattern.compile("\\s*[;,]\\s*(?=[^;,=|\\n]*=)");

    private CodeListCell() {
    }

    static List<Item> parse(String cell) {
        String[] parts;
        if (cell.indexOf('|') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            parts = ITEM_BREAK.split(cell);
        } else if (cell.indexOf('=') >= 0) {
            parts = BEFORE_NEXT_CODE.split(cell);
        } else {
            parts = new String[] {cell};
        }
        List<Item> items = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) {
                items.add(item(part.strip()));
            }
        }
        return items;
    }

    private static Item item(String text) {
        int equals = text.indexOf('=');
        int at = equals >= 0 ? equals : text.indexOf(',');
        if (at < 0) {
            return new Item(text, text, null);
        }
        return new Item(text, text.substring(0, at).strip(), text.substring(at + 1).strip());
    }
}
