package no.varcat.sample.generator;

/** Small text operations the word lists need. */
final class Texts {

    private Texts() {
    }

    static String capitalise(String text) {
        if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Fills a definition template of a {@link Concept}; see there for the placeholders. */
    static String fill(String template, String who, String whom, String when) {
        String text = template.replace("{who}", who).replace("{whom}", whom).replace("{when}", when.isEmpty() ? "" : " " + when);
        return capitalise(text);
    }
}
