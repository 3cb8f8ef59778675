package no.varcat.sample.generator;

import java.util.List;

/**
 * One register of the synthetic catalog: small (no variables in it), so a catalog of any size
 * holds all of its registers in memory while variables are generated and written one at a time.
 *
 * @param index              position in the catalog, which seeds the register's own random streams
 * @param national           a national health register (coverage in the plain layout) rather than a
 *                           quality register (coverage in SKDE's layout, one file each)
 * @param variablesPerFormat number of variables per {@link VariableFormat}, in declaration order
 * @param reportingUnits     health trusts that report to it (quality registers only)
 */
record Register(int index, String slug, String nameNb, String nameEn, Organisation publisher, boolean national, Theme theme,
        int startYear, List<Integer> variablesPerFormat, List<Organisation> reportingUnits) {

    static final String BASE = "https://sample.varcat.no/synthetic/";

    Register {
        variablesPerFormat = List.copyOf(variablesPerFormat);
        reportingUnits = List.copyOf(reportingUnits);
    }

    String iri() {
        return BASE + publisher.slug() + "/" + slug;
    }

    /** The publisher's catalog: one per publisher, described the same way in each of its registers' files. */
    String catalogIri() {
        return BASE + publisher.slug() + "/catalog";
    }

    int variables() {
        return variablesPerFormat.stream().mapToInt(Integer::intValue).sum();
    }

    int variables(VariableFormat format) {
        return variablesPerFormat.get(format.ordinal());
    }

    /** The variable IRI every reader mints for a name: {@code {register}/variable/{name}}. */
    String variableIri(String name) {
        return iri() + "/variable/" + name;
    }

    String codeListIri(String key) {
        return iri() + "/codelist/" + key;
    }

    String universeIri() {
        return iri() + "/universe/population";
    }
}
