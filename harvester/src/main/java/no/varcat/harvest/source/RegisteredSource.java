package no.varcat.harvest.source;

import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import no.varcat.harvest.HarvestSource;

/**
 * A source as the catalog keeps it: what to harvest, when, and where its secret is. The store never
 * holds a secret: a source that needs an auth header names the environment variable that holds it,
 * and the header is read from there each time the source is harvested.
 *
 * @param source        what to harvest; its {@link HarvestSource#authHeader()} is always null here
 * @param schedule      a cron expression (second minute hour day month weekday), or null: harvested
 *                      only when asked to. Checked by whoever schedules it, not here.
 * @param authHeaderEnv the name of the environment variable holding the auth header line
 *                      ("Authorization: Bearer ..."), or null
 */
public record RegisteredSource(HarvestSource source, String schedule, String authHeaderEnv) {

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    public RegisteredSource {
        Objects.requireNonNull(source, "source");
        if (source.authHeader() != null) {
            throw new IllegalArgumentException("Source " + source.id() + ": a registered source names the environment variable of its auth header, never the header itself");
        }
        schedule = blankToNull(schedule);
        authHeaderEnv = blankToNull(authHeaderEnv);
        if (authHeaderEnv != null && !isEnvironmentVariableName(authHeaderEnv)) {
            throw new IllegalArgumentException("Source " + source.id() + ": '" + authHeaderEnv + "' is not an environment variable name");
        }
    }

    /** Whether {@code name} can name an environment variable. */
    public static boolean isEnvironmentVariableName(String name) {
        return name != null && ENV_NAME.matcher(name).matches();
    }

    public String id() {
        return source.id();
    }

    /**
     * The source to harvest, with its auth header read from the environment.
     *
     * @throws IllegalStateException when the named environment variable is not set
     */
    public HarvestSource resolve(UnaryOperator<String> environment) {
        if (authHeaderEnv == null) {
            return source;
        }
        String header = environment.apply(authHeaderEnv);
        if (header == null || header.isBlank()) {
            throw new IllegalStateException("Source " + source.id() + " takes its auth header from the environment variable "
                    + authHeaderEnv + ", which is not set");
        }
        return source.withAuthHeader(header.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
