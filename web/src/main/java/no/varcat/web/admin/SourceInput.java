package no.varcat.web.admin;

import java.net.URI;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.source.RegisteredSource;

/**
 * A source's settings as an admin enters them, in the admin form or as the JSON API's request
 * body; checked by {@link SourceInputValidator} before it becomes a {@link RegisteredSource}. A
 * JavaBean, not a record: form binding and {@code th:field} read and write it by property.
 */
public class SourceInput {

    private String id;
    private String title;
    private String location;
    private String format;
    private String preset;
    private String register;
    private String schedule;
    private String authHeaderEnv;
    private String columns;

    static SourceInput of(RegisteredSource registered) {
        HarvestSource s = registered.source();
        SourceInput input = new SourceInput();
        input.id = s.id();
        input.title = s.title();
        input.location = s.location().toString();
        input.format = s.format();
        input.preset = s.preset();
        input.register = s.register();
        input.schedule = registered.schedule();
        input.authHeaderEnv = registered.authHeaderEnv();
        input.columns = s.columns();
        return input;
    }

    /** The registered source; call after {@link SourceInputValidator} found no fault. */
    RegisteredSource toRegisteredSource() {
        return new RegisteredSource(new HarvestSource(trim(id), URI.create(trim(location)), trim(format), trim(title),
                trim(register), trim(preset), null, trim(columns)), schedule, authHeaderEnv);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getRegister() {
        return register;
    }

    public void setRegister(String register) {
        this.register = register;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public String getAuthHeaderEnv() {
        return authHeaderEnv;
    }

    public void setAuthHeaderEnv(String authHeaderEnv) {
        this.authHeaderEnv = authHeaderEnv;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }
}
