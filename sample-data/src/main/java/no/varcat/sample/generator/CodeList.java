package no.varcat.sample.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A code list as registers define them. Missing-value codes have labels that start with "Ukjent",
 * "Ikke oppgitt" or "Vet ikke", the only sign the kodebok format has of them.
 *
 * @param key short upper-case name, used in IRIs of the Turtle sources
 */
record CodeList(String key, String nameNb, String nameEn, List<Code> codes) {

    record Code(String value, String labelNb, String labelEn, boolean missing) {
    }

    CodeList {
        codes = List.copyOf(codes);
    }

    /** A code list from alternating value, nb label, en label triples; a value ending in "!" is a missing-value code. */
    static CodeList of(String key, String nameNb, String nameEn, String... valueNbEn) {
        if (valueNbEn.length % 3 != 0) {
            throw new IllegalArgumentException("Code list " + key + ": codes come as value, nb label, en label");
        }
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < valueNbEn.length; i += 3) {
            String value = valueNbEn[i];
            boolean missing = value.endsWith("!");
            codes.add(new Code(missing ? value.substring(0, value.length() - 1) : value, valueNbEn[i + 1], valueNbEn[i + 2],
                    missing));
        }
        return new CodeList(key, nameNb, nameEn, codes);
    }

    boolean numeric() {
        return codes.stream().allMatch(code -> code.value().matches("-?[0-9]+"));
    }
}
