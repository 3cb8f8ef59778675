package no.varcat.web.selfcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.codebook.ColumnMapping;

/**
 * What a register asks to have checked: a file it uploads, or the address it publishes at, and the
 * format (with the preset and columns of the formats that have them), as an admin would register the
 * source. {@link #problems(Set)} names every field at fault, for a 400 or the form.
 *
 * @param url      an http(s) address; null for an upload
 * @param file     the uploaded bytes; null when a URL is given
 * @param fileName the upload's name, for the report; or null
 * @param fileType the upload's declared media type; or null
 * @param register the register a codebook or coverage file describes; null for a stand-in IRI
 */
public record SelfCheckRequest(String url, byte[] file, String fileName, String fileType, String format, String preset,
        String columns, String register) {

    /** What the source is called in the check: its graph name is never written, but a source needs an id. */
    static final String SOURCE_ID = "self-check";
    /** Base of an upload's relative IRIs: a reserved name (RFC 2606) that no register uses. */
    static final String UPLOAD_BASE = "https://self-check.invalid/upload";
    /** The register a codebook without {@code register} is read into, so that its variables can be shown. */
    static final String STAND_IN_REGISTER = "https://self-check.invalid/register";

    public SelfCheckRequest {
        url = blankToNull(url);
        format = blankToNull(format) == null ? null : format.strip().toLowerCase(Locale.ROOT);
        preset = blankToNull(preset);
        columns = blankToNull(columns);
        register = blankToNull(register);
        file = file == null || file.length == 0 ? null : file;
    }

    /** Each field at fault with why, empty when the request can be checked. */
    public List<Problem> problems(Set<String> formats) {
        List<Problem> problems = new ArrayList<>();
        if (url == null && file == null) {
            problems.add(new Problem("file", "upload a file or give a url"));
        } else if (url != null && file != null) {
            problems.add(new Problem("url", "give a url or upload a file, not both"));
        } else if (url != null && !isHttp(url)) {
            problems.add(new Problem("url", "must be an absolute http or https address"));
        }
        if (format == null) {
            problems.add(new Problem("format", "is required; one of " + formats));
        } else if (!formats.contains(format)) {
            problems.add(new Problem("format", "is not a known format; one of " + formats));
        }
        if (preset != null && (preset.length() > 40 || !preset.matches("[a-z0-9-]+"))) {
            problems.add(new Problem("preset", "is a preset name, such as plain or kodebok"));
        }
        ColumnMapping.problem(columns).ifPresent(p -> problems.add(new Problem("columns", p)));
        if (register != null && !isHttp(register)) {
            problems.add(new Problem("register", "must be an absolute http or https IRI"));
        }
        return problems;
    }

    /** The source a harvest of this would have; only valid once {@link #problems} is empty. */
    HarvestSource source() {
        URI location = URI.create(url != null ? url : UPLOAD_BASE);
        return new HarvestSource(SOURCE_ID, location, format, fileName, register == null ? STAND_IN_REGISTER : register, preset,
                null, columns);
    }

    /** What was checked, in words for the report: the address, or the file's name. */
    String checked() {
        return url != null ? url : fileName == null ? "(upload)" : fileName;
    }

    private static boolean isHttp(String value) {
        if (value.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One field the check cannot use, and why. */
    public record Problem(String parameter, String reason) {
    }
}
