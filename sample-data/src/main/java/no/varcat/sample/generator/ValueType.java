package no.varcat.sample.generator;

/**
 * A variable's value domain, and how each source format names it (docs/source-formats.md): the XSD
 * datatype in Turtle, the plain codebook's type, the kodebok's type with its number of decimals,
 * and DDI's varFormat type.
 */
enum ValueType {
    INTEGER("integer", "integer", "Tallvariabel", "0", "numeric"),
    DECIMAL("decimal", "decimal", "Tallvariabel", "1", "numeric"),
    STRING("string", "string", "Tekstvariabel", "", "character"),
    DATE("date", "date", "Datovariabel", "", "character"),
    BOOLEAN("boolean", "boolean", "Avkrysningsboks", "", "numeric"),
    CODE(null, "code", "Listevariabel", "", "numeric");

    private final String xsd;
    private final String plainType;
    private final String kodebokType;
    private final String kodebokDecimals;
    private final String ddiFormat;

    ValueType(String xsd, String plainType, String kodebokType, String kodebokDecimals, String ddiFormat) {
        this.xsd = xsd;
        this.plainType = plainType;
        this.kodebokType = kodebokType;
        this.kodebokDecimals = kodebokDecimals;
        this.ddiFormat = ddiFormat;
    }

    /** Local name in the XSD namespace; null for a code list. */
    String xsd() {
        return xsd;
    }

    String plainType() {
        return plainType;
    }

    String kodebokType() {
        return kodebokType;
    }

    String kodebokDecimals() {
        return kodebokDecimals;
    }

    String ddiFormat() {
        return ddiFormat;
    }
}
