package no.varcat.web.list;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to send the reader back to after a list change: only a path on this site (with query and
 * fragment), so a crafted form cannot turn the redirect into an open redirect.
 */
final class ReturnPath {

    private static final int MAX_LENGTH = 2000;

    private ReturnPath() {
    }

    /**
     * The request's path (without the context path, which the redirect adds) and query, as the
     * browser sent them; characters a URI may not hold raw are percent-encoded.
     */
    static String current(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return escape(query == null ? path : path + "?" + query);
    }

    /** {@code candidate} if it is a local absolute path such as {@code /search?q=x#hit-2}, else {@code fallback}. */
    static String orElse(String candidate, String fallback) {
        return isLocal(candidate) ? candidate : fallback;
    }

    static boolean isLocal(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return false;
        }
        if (!candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return false;
        }
        try {
            // ASCII only (it goes into a header); java.net.URI refuses backslashes and braces.
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
