package no.varcat.web.harvest;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.scheduling.support.CronExpression;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;

/**
 * Reads {@code varcat.sources-file}: a UTF-8 CSV with the header
 * {@code id,location,format,preset,register,title,schedule,auth_header_env,columns}, one source a line
 * ({@link SourcesCsv}, also what an admin imports).
 * {@code id}, {@code location}, {@code format} and {@code schedule} are required, the other columns may
 * be left empty or out. {@code auth_header_env} names an environment variable holding the auth header
 * ("Authorization: Bearer ..."): the secret itself never stands in the file. Any fault stops the
 * start with a {@link SourcesFileException} naming the file and line.
 */
public final class SourcesFile {

    private static final List<String> REQUIRED = List.of("id", "location", "format", "schedule");

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
        for (SourcesCsv.Row row : SourcesCsv.read(in, name, REQUIRED).rows()) {
            RegisteredSource source = source(new Row(row, name));
            if (!ids.add(source.source().id())) {
                throw SourcesFileException.atLine(name, row.line(), "source id '" + source.source().id() + "' is used twice");
            }
            sources.add(source);
        }
        return List.copyOf(sources);
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
                    row.optional("register"), row.optional("preset"), null, row.optional("columns")), schedule, variable);
            // Checks the header's form now, at start, rather than at the first run.
            source.resolve(environment);
            return source;
        } catch (IllegalArgumentException e) {
            // HarvestSource's messages never quote the auth header.
            throw row.fault(e.getMessage());
        }
    }

    private record Row(SourcesCsv.Row row, String name) {

        String optional(String column) {
            return row.get(column);
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                throw fault(column + " is empty");
            }
            return value;
        }

        SourcesFileException fault(String problem) {
            return SourcesFileException.atLine(name, row.line(), problem);
        }
    }
}
