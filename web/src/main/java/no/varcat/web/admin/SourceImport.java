package no.varcat.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import no.varcat.harvest.source.RegisteredSource;
import no.varcat.web.admin.ImportReport.RowFault;
import no.varcat.web.admin.ImportReport.RowResult;
import no.varcat.web.admin.SourceAdministration.Saved;
import no.varcat.web.harvest.ManagedSource;
import no.varcat.web.harvest.SourceCatalog;
import no.varcat.web.harvest.SourcesCsv;
import no.varcat.web.harvest.SourcesFileException;

/**
 * Registers many sources from one CSV, in the columns of {@code varcat.sources-file}
 * ({@link SourcesCsv}; {@code schedule} may be empty, as in the form). Each row is checked as the
 * form checks a source ({@link SourceInputValidator}); a row with a fault is refused whole and
 * changes nothing, the others are saved together and the new ones harvested (see
 * {@link SourceAdministration#saveAll}). The answer says, row by row, what became of it.
 */
@Component
class SourceImport {

    /** The largest CSV taken: some 10,000 sources. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final List<String> REQUIRED = List.of("id", "location", "format");
    /** The form's field of each column. */
    private static final Map<String, String> COLUMNS = Map.of("id", "id", "location", "location", "format", "format", "preset", "preset",
            "register", "register", "title", "title", "schedule", "schedule", "auth_header_env", "authHeaderEnv", "columns", "columns");
    private static final Map<String, String> COLUMN_OF_FIELD = COLUMNS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private final SourceAdministration administration;
    private final SourceCatalog sources;
    private final SourceInputValidator validator;

    SourceImport(SourceAdministration administration, SourceCatalog sources, SourceInputValidator validator) {
        this.administration = administration;
        this.sources = sources;
        this.validator = validator;
    }

    /**
     * Reads UTF-8 CSV from {@code in}, at most {@link #MAX_BYTES}, and imports it.
     *
     * @throws TooLargeException    past {@link #MAX_BYTES}: nothing is saved
     * @throws NotUtf8Exception     when the bytes are not UTF-8: nothing is saved
     * @throws SourcesFileException as {@link #run(Reader, String)}
     */
    ImportReport run(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(name);
        }
        return run(new StringReader(text), name);
    }

    /**
     * @param name the file's name, for messages
     * @throws SourcesFileException when the file as a whole cannot be read (no header, an unknown
     *                              column, broken quoting): nothing is saved
     */
    ImportReport run(Reader csv, String name) throws IOException {
        SourcesCsv.Table table = SourcesCsv.read(csv, name, REQUIRED);
        Set<String> fromFile = sources.all().stream().filter(s -> !s.editable()).map(ManagedSource::id).collect(Collectors.toSet());
        Map<String, Long> lineOfId = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        List<RegisteredSource> toSave = new ArrayList<>();
        for (SourcesCsv.Row row : table.rows()) {
            SourceInput input = input(row);
            BindingResult errors = new BeanPropertyBindingResult(input, "source");
            validator.validate(input, errors);
            List<RowFault> faults = new ArrayList<>(errors.getFieldErrors().stream().map(e -> fault(row, e)).toList());
            String id = SourceInput.trim(input.getId());
            if (!errors.hasFieldErrors("id")) {
                Long first = lineOfId.putIfAbsent(id, row.line());
                if (first != null) {
                    faults.add(fault(row, "id", "admin.import.error.id.repeated", new Object[] {id, first},
                            "The id " + id + " is used on line " + first + " already"));
                } else if (fromFile.contains(id)) {
                    faults.add(fault(row, "id", "admin.source.error.id.file", new Object[] {},
                            "This source is defined in the sources file"));
                }
            }
            if (faults.isEmpty()) {
                accepted.add(results.size());
                toSave.add(input.toRegisteredSource());
                results.add(null);
            } else {
                results.add(new RowResult(row.line(), id, ImportReport.Outcome.REFUSED, false, faults));
            }
        }
        List<Saved> saved = administration.saveAll(toSave);
        for (int i = 0; i < accepted.size(); i++) {
            Saved s = saved.get(i);
            int index = accepted.get(i);
            results.set(index, new RowResult(table.rows().get(index).line(), s.id(), ImportReport.Outcome.valueOf(s.change().name()),
                    s.harvestStarted(), List.of()));
        }
        return new ImportReport(results);
    }

    /** A CSV past {@link #MAX_BYTES}. */
    static final class TooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; import it in parts");
        }
    }

    /** A CSV in another encoding than UTF-8, such as Excel's "CSV" in Windows-1252. */
    static final class NotUtf8Exception extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotUtf8Exception(String name) {
            super(name + " is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    private static SourceInput input(SourcesCsv.Row row) {
        SourceInput input = new SourceInput();
        input.setId(row.get("id"));
        input.setLocation(row.get("location"));
        input.setFormat(row.get("format"));
        input.setPreset(row.get("preset"));
        input.setRegister(row.get("register"));
        input.setTitle(row.get("title"));
        input.setSchedule(row.get("schedule"));
        input.setAuthHeaderEnv(row.get("auth_header_env"));
        input.setColumns(row.get("columns"));
        return input;
    }

    private static RowFault fault(SourcesCsv.Row row, FieldError error) {
        String column = COLUMN_OF_FIELD.getOrDefault(error.getField(), error.getField());
        return new RowFault(column, row.columnNumber(column), error);
    }

    private static RowFault fault(SourcesCsv.Row row, String column, String code, Object[] arguments, String message) {
        return new RowFault(column, row.columnNumber(column), new DefaultMessageSourceResolvable(new String[] {code}, arguments, message));
    }
}
