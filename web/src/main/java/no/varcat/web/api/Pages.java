package no.varcat.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** Links between pages: the same request with the next page's cursor. */
final class Pages {

    private Pages() {
    }

    /** {@code base} with the request's parameters as they came, the cursor replaced by {@code cursor}. */
    static String next(String base, MultiValueMap<String, String> params, String cursor) {
        StringBuilder url = new StringBuilder(base);
        char separator = '?';
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (param.getKey().equals("cursor")) {
                continue;
            }
            for (String value : param.getValue()) {
                url.append(separator).append(encode(param.getKey())).append('=').append(encode(value == null ? "" : value));
                separator = '&';
            }
        }
        return url.append(separator).append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
