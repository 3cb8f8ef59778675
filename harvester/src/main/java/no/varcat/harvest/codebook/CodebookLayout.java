package no.varcat.harvest.codebook;

import static java.util.Map.entry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A codebook preset: which header names hold which {@link Column}, what the type names mean, how
 * missing-value codes are marked, and the CSV delimiter. Everything else is the same for all
 * layouts, so a new preset is a new constant here (layouts are described in docs/source-formats.md).
 *
 * @param name      the preset key sources configure
 * @param columns   header names per column, in order of preference: a row takes the first that
 *                  is filled (kodebok's {@code variabel_id}, else {@code fysisk_feltnavn})
 * @param required  columns the header must have (one of the names is enough)
 * @param types     type names, lower case, to value types
 * @param language  language tag of the texts in LABEL and DESCRIPTION
 * @param registers where a variable's register comes from
 */
record CodebookLayout(
        String name,
        char delimiter,
        Map<Column, List<String>> columns,
        Set<Column> required,
        Map<String, ValueType> types,
        MissingCodeRule missingCodes,
        String language,
        Registers registers) {

    /** Where a variable's register comes from. */
    enum Registers {
        /** The source's configuration: the whole file is one register. */
        SOURCE,
        /** The {@link Column#REGISTER} cell of each row, minted under the source's register or location. */
        ROW,
        /** Each sheet of a workbook is a register named after the sheet; sheets without the columns are skipped. */
        SHEET
    }

    static final CodebookLayout KODEBOK = new CodebookLayout("kodebok", ';',
            Map.ofEntries(
                    entry(Column.NAME, List.of("variabel_id", "fysisk_feltnavn")),
                    entry(Column.LABEL, List.of("ledetekst")),
                    entry(Column.DESCRIPTION, List.of("hjelpetekst")),
                    entry(Column.TYPE, List.of("type")),
                    entry(Column.DECIMALS, List.of("desimaler")),
                    entry(Column.CODE_VALUE, List.of("listeverdier")),
                    entry(Column.CODE_LABEL, List.of("listetekst")),
                    entry(Column.START, List.of("innfoert_dato")),
                    entry(Column.END, List.of("utfaset_dato")),
                    entry(Column.SUBJECT, List.of("skjemanavn"))),
            Set.of(Column.NAME, Column.LABEL, Column.TYPE),
            Map.of("tallvariabel", ValueType.DECIMAL,
                    "tekstvariabel", ValueType.STRING,
                    "datovariabel", ValueType.DATE,
                    "avkrysningsboks", ValueType.BOOLEAN,
                    "listevariabel", ValueType.CODE),
            MissingCodeRule.labelStartsWith("Ukjent", "Ikke oppgitt", "Vet ikke"),
            "nb", Registers.SOURCE);

    static final CodebookLayout PLAIN = new CodebookLayout("plain", ',',
            Map.ofEntries(
                    entry(Column.NAME, List.of("name")),
                    entry(Column.LABEL, List.of("label")),
                    entry(Column.DESCRIPTION, List.of("description")),
                    entry(Column.TYPE, List.of("type")),
                    entry(Column.CODES, List.of("values")),
                    entry(Column.LABEL_EN, List.of("label_en")),
                    entry(Column.DESCRIPTION_EN, List.of("description_en")),
                    entry(Column.START, List.of("from_year")),
                    entry(Column.END, List.of("to_year")),
                    entry(Column.UNIT, List.of("unit"))),
            Set.of(Column.NAME, Column.LABEL, Column.DESCRIPTION, Column.TYPE, Column.CODES),
            Map.of("integer", ValueType.INTEGER,
                    "decimal", ValueType.DECIMAL,
                    "string", ValueType.STRING,
                    "date", ValueType.DATE,
                    "boolean", ValueType.BOOLEAN,
                    "code", ValueType.CODE),
            MissingCodeRule.labelMarkedWith(" [missing]"),
            "nb", Registers.SOURCE);

    /**
     * Variable descriptions of several registers in one file, a register per row (the Danish
     * registers' list published by OSDC); "NA" is an open end.
     */
    static final CodebookLayout REGISTER_LIST = new CodebookLayout("register-list", ',',
            Map.ofEntries(
                    entry(Column.REGISTER, List.of("register_abbrev")),
                    entry(Column.REGISTER_TITLE, List.of("register_name")),
                    entry(Column.NAME, List.of("variable_name")),
                    entry(Column.DESCRIPTION, List.of("danish_description")),
                    entry(Column.DESCRIPTION_EN, List.of("english_description")),
                    entry(Column.TYPE, List.of("data_type")),
                    entry(Column.START, List.of("start_year")),
                    entry(Column.END, List.of("end_year"))),
            Set.of(Column.REGISTER, Column.NAME, Column.TYPE),
            Map.of("string", ValueType.STRING,
                    "character", ValueType.STRING,
                    "integer", ValueType.INTEGER,
                    "double", ValueType.DECIMAL,
                    "numeric", ValueType.DECIMAL,
                    "date", ValueType.DATE,
                    "date_year", ValueType.DATE,
                    "logical", ValueType.BOOLEAN),
            MissingCodeRule.labelMarkedWith(" [missing]"),
            "da", Registers.ROW);

    /**
     * A data dictionary workbook with a sheet per dataset, columns Name, Label, Description, Type
     * (R's type names, as EAVE II's dictionary has them). A sheet named Template is a blank form and
     * is skipped.
     */
    static final CodebookLayout SHEETS = new CodebookLayout("sheets", ',',
            Map.ofEntries(
                    entry(Column.NAME, List.of("name")),
                    entry(Column.LABEL, List.of("label")),
                    entry(Column.DESCRIPTION, List.of("description")),
                    entry(Column.TYPE, List.of("type"))),
            Set.of(Column.NAME, Column.LABEL, Column.TYPE),
            Map.of("character", ValueType.STRING,
                    "integer", ValueType.INTEGER,
                    "numeric", ValueType.DECIMAL,
                    "date", ValueType.DATE,
                    "date time", ValueType.DATE_TIME,
                    "logic", ValueType.BOOLEAN,
                    "logical", ValueType.BOOLEAN),
            MissingCodeRule.labelMarkedWith(" [missing]"),
            "en", Registers.SHEET);

    static final List<CodebookLayout> PRESETS = List.of(KODEBOK, PLAIN, REGISTER_LIST, SHEETS);

    /** The preset a source without one gets: the registers' own export format. */
    static final CodebookLayout DEFAULT = KODEBOK;

    CodebookLayout {
        columns = Map.copyOf(columns);
        required = Set.copyOf(required);
        types = Map.copyOf(types);
        if (!columns.keySet().containsAll(required)) {
            throw new IllegalArgumentException("Layout " + name + " requires columns it does not name");
        }
    }

    /** The layout for a source's preset; null or blank means {@link #DEFAULT}. */
    static Optional<CodebookLayout> forPreset(String preset) {
        if (preset == null || preset.isBlank()) {
            return Optional.of(DEFAULT);
        }
        return PRESETS.stream().filter(layout -> layout.name.equalsIgnoreCase(preset.strip())).findFirst();
    }

    static List<String> presetNames() {
        return PRESETS.stream().map(CodebookLayout::name).toList();
    }

    Optional<ValueType> type(String typeName) {
        return Optional.ofNullable(types.get(typeName.strip().toLowerCase(Locale.ROOT)));
    }

    /** How a required column is named in messages: its header names, "a or b". */
    String headerNames(Column column) {
        return String.join(" or ", columns.get(column));
    }
}
