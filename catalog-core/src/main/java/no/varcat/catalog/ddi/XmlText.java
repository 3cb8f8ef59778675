package no.varcat.catalog.ddi;

/** Text as XML 1.0 can carry it. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Drops the characters XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF):
     * a harvested text may hold them, and StAX would write them into a document no parser accepts.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
