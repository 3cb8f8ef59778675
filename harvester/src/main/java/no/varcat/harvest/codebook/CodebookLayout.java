package no.varcat.harvest.codebook;

import static java.util.Map.entry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A codebook preset: which header names hold which {@link Column}, what the type names mean, how
 * missing-value codes are marked, and the CSV delimiter a file without one in its header gets (the
 * header's own is used). Everything else is the same for all layouts, so a new preset is a new
 * constant here (layouts are described in docs/source-formats.md); a source's own column names are
 * a {@link ColumnMapping} over its preset ({@link #withColumns}).
 *
 * @param name      the preset key sources configure
 * @param columns   header names per column, in order of preference: a row takes the first that
 *                  is filled (kodebok's {@code variabel_id}, else {@code fysisk_feltnavn})
 * @param required  columns the header must have (one of the names is enough)
 * @param types     type names, lower case, to value types
 * @param language  language tag of the texts in LABEL and DESCRIPTION
 * @param registers where a variable's register comes from
 * @param skippedTypes    type names of rows that are no variables (REDCap's "descriptive" text), left out
 * @param codesOfCodeTypesOnly the codes column holds other things for other types (REDCap's
 *                        calculations and slider labels), so those are ignored without a warning
 * @param sheetForm       for workbooks read sheet by sheet into one register: which sheets hold
 *                        variables, the form's name in group 1 (MRS: "1-Testskjema-felter"); null: the
 *                        first sheet whose header has the columns, and all such sheets
 * @param mapping         the source's own column names this layout was made with; null for a preset
 */
record CodebookLayout(
        String name,
        char delimiter,
        Map<Column, List<String>> columns,
        Set<Column> required,
        Map<String, ValueType> types,
        MissingCodeRule missingCodes,
        String language,
        Registers registers,
        Set<String> skippedTypes,
        boolean codesOfCodeTypesOnly,
        Pattern sheetForm,
        ColumnMapping mapping) {

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
                    entry(Column.SUBJECT, List.of("skjemanavn")),
                    entry(Column.TEMPORALITY, List.of("tidsdimensjon", "temporality")),
                    entry(Column.UNIT_TYPE, List.of("enhetstype", "unit_type")),
                    entry(Column.POPULATION, List.of("populasjon", "population"))),
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
                    entry(Column.UNIT, List.of("unit")),
                    entry(Column.TEMPORALITY, List.of("temporality")),
                    entry(Column.UNIT_TYPE, List.of("unit_type")),
                    entry(Column.POPULATION, List.of("population"))),
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

    /**
     * The MRS kodebok workbook (Norwegian quality registers on MRS 5): a sheet "N-Skjema-felter" per
     * form, code lists inline as "0 = Nei, 1 = Ja"; the other sheets (form settings, rules) are skipped.
     */
    static final CodebookLayout MRS = new CodebookLayout("mrs", ';',
            Map.ofEntries(
                    entry(Column.NAME, List.of("variabelnavn")),
                    entry(Column.LABEL, List.of("visningstekst")),
                    entry(Column.DESCRIPTION, List.of("beskrivelse", "hjelpetekst")),
                    entry(Column.TYPE, List.of("felttype")),
                    entry(Column.CODES, List.of("mulige verdier"))),
            Set.of(Column.NAME, Column.LABEL, Column.TYPE),
            Map.of("string", ValueType.STRING,
                    "text", ValueType.STRING,
                    "number", ValueType.DECIMAL,
                    "integer", ValueType.INTEGER,
                    "date", ValueType.DATE,
                    "datetime", ValueType.DATE_TIME,
                    "bool", ValueType.BOOLEAN,
                    "enum", ValueType.CODE),
            MissingCodeRule.labelStartsWith("Ukjent", "Ikke oppgitt", "Vet ikke"),
            "nb", Registers.SOURCE, Set.of(), false, Pattern.compile("\\d+-(.+)-felter", Pattern.CASE_INSENSITIVE), null);

    /**
     * A REDCap data dictionary, as the Designer downloads it or the API exports it (field_name, ...).
     * A text field's type is its validation (integer, date_ymd, ...) where it has one.
     */
    static final CodebookLayout REDCAP = new CodebookLayout("redcap", ',',
            Map.ofEntries(
                    entry(Column.NAME, List.of("variable / field name", "field_name")),
                    entry(Column.SUBJECT, List.of("form name", "form_name")),
                    entry(Column.LABEL, List.of("field label", "field_label")),
                    entry(Column.DESCRIPTION, List.of("field note", "field_note")),
                    entry(Column.TYPE, List.of("text validation type or show slider number", "text_validation_type_or_show_slider_number",
                            "field type", "field_type")),
                    entry(Column.CODES, List.of("choices, calculations, or slider labels", "select_choices_or_calculations"))),
            Set.of(Column.NAME, Column.LABEL, Column.TYPE),
            redcapTypes(),
            MissingCodeRule.labelStartsWith("Unknown", "Don't know", "Not known", "Missing", "Ukjent", "Vet ikke", "Ikke oppgitt"),
            "en", Registers.SOURCE, Set.of("descriptive"), true, null, null);

    /** Type names any source with its own column mapping may use, besides its preset's. */
    static final Map<String, ValueType> COMMON_TYPES = Map.ofEntries(
            entry("string", ValueType.STRING), entry("text", ValueType.STRING), entry("tekst", ValueType.STRING),
            entry("character", ValueType.STRING),
            entry("integer", ValueType.INTEGER), entry("int", ValueType.INTEGER), entry("heltall", ValueType.INTEGER),
            entry("number", ValueType.DECIMAL), entry("numeric", ValueType.DECIMAL), entry("decimal", ValueType.DECIMAL),
            entry("double", ValueType.DECIMAL), entry("tall", ValueType.DECIMAL), entry("desimaltall", ValueType.DECIMAL),
            entry("date", ValueType.DATE), entry("dato", ValueType.DATE),
            entry("datetime", ValueType.DATE_TIME), entry("tidspunkt", ValueType.DATE_TIME),
            entry("boolean", ValueType.BOOLEAN), entry("bool", ValueType.BOOLEAN), entry("logical", ValueType.BOOLEAN),
            entry("ja/nei", ValueType.BOOLEAN),
            entry("code", ValueType.CODE), entry("enum", ValueType.CODE), entry("categorical", ValueType.CODE),
            entry("kategorisk", ValueType.CODE), entry("kodeverk", ValueType.CODE), entry("liste", ValueType.CODE));

    static final List<CodebookLayout> PRESETS = List.of(KODEBOK, PLAIN, REGISTER_LIST, SHEETS, MRS, REDCAP);

    /** The preset a source without one gets: the registers' own export format. */
    static final CodebookLayout DEFAULT = KODEBOK;

    CodebookLayout {
        columns = Map.copyOf(columns);
        required = Set.copyOf(required);
        types = Map.copyOf(types);
        skippedTypes = Set.copyOf(skippedTypes);
        if (!columns.keySet().containsAll(required)) {
            throw new IllegalArgumentException("Layout " + name + " requires columns it does not name");
        }
    }

    /** A preset without REDCap's or MRS's particulars. */
    CodebookLayout(String name, char delimiter, Map<Column, List<String>> columns, Set<Column> required, Map<String, ValueType> types,
            MissingCodeRule missingCodes, String language, Registers registers) {
        this(name, delimiter, columns, required, types, missingCodes, language, registers, Set.of(), false, null, null);
    }

    /**
     * This preset with the source's own names for the columns the mapping gives. Those columns, and
     * the name, must be in the header; the preset's other columns are used where the header has them.
     * Type names are the preset's and the {@link #COMMON_TYPES}.
     */
    CodebookLayout withColumns(ColumnMapping own) {
        Map<Column, List<String>> merged = new EnumMap<>(Column.class);
        merged.putAll(columns);
        merged.putAll(own.columns());
        Set<Column> mustHave = EnumSet.of(Column.NAME);
        mustHave.addAll(own.columns().keySet());
        Map<String, ValueType> allTypes = new HashMap<>(COMMON_TYPES);
        allTypes.putAll(types);
        return new CodebookLayout(name, delimiter, merged, mustHave, allTypes, missingCodes, language, registers, skippedTypes,
                codesOfCodeTypesOnly, sheetForm, own);
    }

    /** What the columns come from, for messages: "preset kodebok" or "the source's columns setting". */
    String origin() {
        return mapping == null ? "preset " + name : "the source's columns setting";
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

    /** REDCap's field types, and the validations of its text fields. */
    private static Map<String, ValueType> redcapTypes() {
        Map<String, ValueType> types = new HashMap<>();
        for (String code : List.of("dropdown", "radio", "checkbox")) {
            types.put(code, ValueType.CODE);
        }
        for (String text : List.of("text", "notes", "file", "email", "phone", "zipcode", "alpha_only", "time", "time_mm_ss", "signature")) {
            types.put(text, ValueType.STRING);
        }
        // A dropdown searched as you type has "autocomplete" where a text field has its validation.
        types.put("autocomplete", ValueType.CODE);
        types.put("yesno", ValueType.BOOLEAN);
        types.put("truefalse", ValueType.BOOLEAN);
        types.put("calc", ValueType.DECIMAL);
        types.put("slider", ValueType.INTEGER);
        types.put("integer", ValueType.INTEGER);
        for (String number : List.of("number", "number_1dp", "number_2dp", "number_3dp", "number_4dp", "number_comma_decimal",
                "number_1dp_comma_decimal", "number_2dp_comma_decimal", "number_3dp_comma_decimal", "number_4dp_comma_decimal")) {
            types.put(number, ValueType.DECIMAL);
        }
        for (String order : List.of("ymd", "mdy", "dmy")) {
            types.put("date_" + order, ValueType.DATE);
            types.put("datetime_" + order, ValueType.DATE_TIME);
            types.put("datetime_seconds_" + order, ValueType.DATE_TIME);
        }
        return types;
    }

    Optional<ValueType> type(String typeName) {
        return Optional.ofNullable(types.get(typeName.strip().toLowerCase(Locale.ROOT)));
    }

    /** How a required column is named in messages: its header names, "a or b", and its key when the source mapped it. */
    String headerNames(Column column) {
        String names = String.join(" or ", columns.get(column));
        return mapping != null && mapping.columns().containsKey(column) ? "'" + names + "' (" + ColumnMapping.key(column) + ")" : names;
    }
}
