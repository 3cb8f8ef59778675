package no.varcat.harvest.fetch;

import java.util.Map;

/** What varcat makes of an HTTP status: its text for messages, and whether trying again may help. */
final class HttpStatus {

    // Our own wording rather than the server's reason phrase; these are the ones a harvest meets.
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private HttpStatus() {
    }

    /** "HTTP 404 Not Found", or "HTTP 418" for a status without a known reason. */
    static String describe(int status) {
        String reason = REASONS.get(status);
        return "HTTP " + status + (reason == null ? "" : " " + reason);
    }

    /** Server errors and rate limiting pass; other client errors stay as they are. */
    static boolean retryable(int status) {
        return status >= 500 || status == 429;
    }

    static boolean redirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** What to check after a failure with this status, for the report. */
    static String hint(int status) {
        return switch (status) {
            case 401, 403 -> "; check the source's authHeader";
            case 404, 410 -> "; check the source's URL";
            default -> "";
        };
    }
}
