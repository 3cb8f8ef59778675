package no.varcat.web.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import no.varcat.catalog.store.Iris;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.codebook.ColumnMapping;
import no.varcat.harvest.source.RegisteredSource;

/**
 * Checks a {@link SourceInput} before it is stored, so that a stored source can always be
 * harvested and scheduled. Each fault names its field, with a message code (admin.source.error.*,
 * translated in the admin pages) and an English default message (the JSON API's).
 */
final class SourceInputValidator implements Validator {

    /**
     * The environment variables an admin may name: only these, so that admin access cannot send
     * another of the process's secrets (a database URL, a cloud key) to a server of its choosing.
     */
    static final String ENV_PREFIX = "VARCAT_SOURCE_AUTH_";
    /** The bundled sample data: the only classpath resources a source may read. */
    private static final String BUNDLED = "classpath:no/varcat/sample/";

    private final Set<String> formats;
    private final boolean allowFileUrls;
    private final UnaryOperator<String> environment;

    SourceInputValidator(Set<String> formats, boolean allowFileUrls, UnaryOperator<String> environment) {
        this.formats = Set.copyOf(formats);
        this.allowFileUrls = allowFileUrls;
        this.environment = environment;
    }

    @Override
    public boolean supports(Class<?> type) {
        return SourceInput.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        SourceInput input = (SourceInput) target;
        String id = SourceInput.trim(input.getId());
        if (!HarvestSource.isValidId(id)) {
            errors.rejectValue("id", "admin.source.error.id", "The id is 1-64 lower-case letters, digits and dashes, starting with a letter or digit");
        }
        checkLocation(SourceInput.trim(input.getLocation()), errors);
        String format = SourceInput.trim(input.getFormat());
        if (format == null || !formats.contains(format)) {
            errors.rejectValue("format", "admin.source.error.format", new Object[] {String.join(", ", formats.stream().sorted().toList())},
                    "Choose one of the formats " + String.join(", ", formats.stream().sorted().toList()));
        }
        String register = SourceInput.trim(input.getRegister());
        if (register != null && !Iris.isAbsolute(register)) {
            errors.rejectValue("register", "admin.source.error.register", "The register is an absolute IRI, like https://data.example.no/dataset/mfr");
        }
        ColumnMapping.problem(SourceInput.trim(input.getColumns())).ifPresent(problem ->
                errors.rejectValue("columns", "admin.source.error.columns", new Object[] {problem}, problem));
        String schedule = SourceInput.trim(input.getSchedule());
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            errors.rejectValue("schedule", "admin.source.error.schedule",
                    "The schedule is a cron expression with six fields (second minute hour day month weekday), like 0 0 3 * * *");
        }
        String variable = SourceInput.trim(input.getAuthHeaderEnv());
        if (variable != null) {
            if (!RegisteredSource.isEnvironmentVariableName(variable) || !variable.startsWith(ENV_PREFIX)) {
                errors.rejectValue("authHeaderEnv", "admin.source.error.env.name", new Object[] {ENV_PREFIX},
                        "The environment variable's name starts with " + ENV_PREFIX);
            } else if (environment.apply(variable) == null) {
                errors.rejectValue("authHeaderEnv", "admin.source.error.env.unset", new Object[] {variable},
                        "The environment variable " + variable + " is not set where varcat runs");
            }
        }
    }

    private void checkLocation(String location, Errors errors) {
        String scheme = null;
        if (location != null) {
            try {
                URI uri = new URI(location);
                scheme = uri.getScheme();
                if (("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() == null) {
                    scheme = null;
                }
                if ("classpath".equals(scheme) && !location.startsWith(BUNDLED)) {
                    scheme = null;
                }
                if (uri.getRawUserInfo() != null) {
                    errors.rejectValue("location", "admin.source.error.location.credentials",
                            "Credentials do not belong in the location: name an environment variable holding the auth header");
                    return;
                }
            } catch (URISyntaxException e) {
                scheme = null;
            }
        }
        boolean allowed = "http".equals(scheme) || "https".equals(scheme) || "classpath".equals(scheme)
                || "file".equals(scheme) && allowFileUrls;
        if (!allowed) {
            errors.rejectValue("location", "admin.source.error.location", "The location is an http or https URL"
                    + (allowFileUrls ? " or a file URL" : ""));
        }
    }
}
