package no.varcat.web.harvest;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.scheduling.support.CronExpression;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;

/**
 * Reads {@code varcat.sources-file}: a UTF-8 CSV with the header
 * {@code id,location,format,preset,register,title,schedule,auth_header_env}, one source a line.
 * {@code id}, {@code location}, {@code format} and {@code schedule} are required, the other columns may
 * be left empty or out. {@code auth_header_env} names an environment variable holding the auth header
 * ("Authorization: Bearer ..."): the secret itself never stands in the file. Any fault stops the
 * start with a {@link SourcesFileException} naming the file and line.
 */
public final class SourcesFile {

    static final List<String> COLUMNS = List.of("id", "location", "format", "preset", "register", "title", "schedule", "auth_header_env");
    private static final List<String> REQUIRED = List.of("id", "location", "format", "schedule");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get();

    private final Set<String> formats;
    private final UnaryOperator<String> environment;

    /**
     * @param formats     the format keys the harvester knows
     * @param environment looks up an environment variable, {@code System::getenv} in production
     */
    public SourcesFile(Set<String> formats, UnaryOperator<String> environment) {
        this.formats = Set.copyOf(formats);
        this.environment = environment;
    }

    public List<RegisteredSource> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw SourcesFileException.unreadable(file, e);
        }
    }

    /** @param name the file's name for messages */
    public List<RegisteredSource> read(Reader in, String name) throws IOException {
        List<RegisteredSource> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSV.parse(in)) {
            Map<String, Integer> columns = null;
            long next = 1;
            for (var records = parser.iterator(); records.hasNext();) {
                CSVRecord record = records.next();
                // The parser keeps empty lines, so each record starts on the line after the one before ends.
                long line = next;
                next = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record, name, line);
                    continue;
                }
                RegisteredSource source = source(new Row(record, columns, name, line));
                if (!ids.add(source.source().id())) {
                    throw SourcesFileException.atLine(name, line, "source id '" + source.source().id() + "' is used twice");
                }
                sources.add(source);
            }
            if (columns == null) {
                throw new SourcesFileException(name + " is empty; its first line must be the header " + String.join(",", COLUMNS));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports malformed quoting this way
            throw new SourcesFileException(name + ": " + e.getMessage(), e);
        }
        return List.copyOf(sources);
    }

    private static Map<String, Integer> header(CSVRecord record, String name, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).replace("\uFEFF", "");
            if (!COLUMNS.contains(column)) {
                throw SourcesFileException.atLine(name, line, "unknown column '" + column + "'; the columns are " + String.join(",", COLUMNS));
            }
            if (columns.put(column, i) != null) {
                throw SourcesFileException.atLine(name, line, "column '" + column + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw SourcesFileException.atLine(name, line, "the header lacks the column '" + required + "'; the columns are "
                        + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private RegisteredSource source(Row row) {
        String id = row.required("id");
        String format = row.required("format");
        if (!formats.contains(format)) {
            throw row.fault("unknown format '" + format + "'; known formats: " + String.join(", ", formats.stream().sorted().toList()));
        }
        URI location;
        try {
            location = new URI(row.required("location"));
        } catch (URISyntaxException e) {
            throw row.fault("location is not a URI: " + e.getMessage());
        }
        String schedule = row.required("schedule");
        if (!CronExpression.isValidExpression(schedule)) {
            throw row.fault("schedule '" + schedule + "' is not a cron expression (second minute hour day month weekday,"
                    + " e.g. '0 0 3 * * *')");
        }
        String variable = row.optional("auth_header_env");
        if (variable != null) {
            String authHeader = environment.apply(variable);
            if (authHeader == null || authHeader.isBlank()) {
                throw row.fault("auth_header_env names the environment variable " + variable + ", which is not set");
            }
        }
        try {
            RegisteredSource source = new RegisteredSource(new HarvestSource(id, location, format, row.optional("title"),
                    row.optional("register"), row.optional("preset")), schedule, variable);
            // Checks the header's form now, at start, rather than at the first run.
            source.resolve(environment);
            return source;
        } catch (IllegalArgumentException e) {
            // HarvestSource's messages never quote the auth header.
            throw row.fault(e.getMessage());
        }
    }

    private record Row(CSVRecord record, Map<String, Integer> columns, String name, long line) {

        String optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw fault(column + " is empty");
            }
            return value;
        }

        SourcesFileException fault(String problem) {
            return SourcesFileException.atLine(name, line, problem);
        }
    }
}
