package no.varcat.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import no.varcat.bench.LoadMix.FacetChoice;

/**
 * One simulated user of the load test: picks its next request from the mix, and follows the
 * paging it was handed (a register page's {@code next} link, an API page's {@code nextCursor}) as
 * a reader going through a long list would. Used by one thread only.
 */
final class LoadConnection {

    /** The register page's link to the next page of its variable list (see register.html). */
    private static final Pattern NEXT_LINK = Pattern.compile("<a\\s+href=\"([^\"]+)\"\\s+rel=\"next\"");

    private final LoadMix mix;
    private final Random random;
    private String nextRegisterPage;
    private String nextApiPage;

    LoadConnection(LoadMix mix, long seed) {
        this.mix = mix;
        this.random = new Random(seed);
    }

    /** A request: its kind and the path (relative to the application's base). */
    record Request(RequestKind kind, String path, String accept) {
    }

    Request next() {
        RequestKind kind = RequestKind.forPercentile(random.nextInt(100));
        return switch (kind) {
            case SEARCH_PAGE -> new Request(kind, searchPage(), "text/html");
            case SEARCH_API -> new Request(kind, searchApi(), "application/json");
            case VARIABLE_PAGE -> new Request(kind, "variables/" + pick(mix.variableIds()), "text/html");
            case REGISTER_PAGE -> new Request(kind, registerPage(), "text/html");
            case API_RESOURCE -> new Request(kind, apiResource(), "application/json");
            case SUGGEST -> new Request(kind, suggest(), "application/json");
        };
    }

    /** Remembers where the page just read leads on, for a later request of the same kind. */
    void read(Request request, byte[] body) {
        if (request.kind() == RequestKind.REGISTER_PAGE) {
            Matcher next = NEXT_LINK.matcher(new String(body, StandardCharsets.UTF_8));
            nextRegisterPage = next.find() ? relative(next.group(1).replace("&amp;", "&")) : null;
        } else if (request.kind() == RequestKind.API_RESOURCE && request.path().contains("/variables?")) {
            JsonNode cursor = VarcatClient.JSON.readTree(body).path("nextCursor");
            String path = request.path();
            nextApiPage = cursor.isString()
                    ? path.replaceFirst("&cursor=.*$", "") + "&cursor=" + VarcatClient.encode(cursor.asString())
                    : null;
        }
    }

    private String searchPage() {
        StringBuilder path = new StringBuilder("search?q=").append(VarcatClient.encode(text()));
        appendFacets(path);
        if (random.nextInt(5) == 0) {
            path.append("&page=2");
        }
        return path.toString();
    }

    private String searchApi() {
        StringBuilder path = new StringBuilder("api/v1/variables?size=20&facets=true&q=").append(VarcatClient.encode(text()));
        appendFacets(path);
        return path.toString();
    }

    /** No facet a third of the time, else one, sometimes two. */
    private void appendFacets(StringBuilder path) {
        int count = random.nextInt(3) == 0 ? 0 : random.nextInt(3) == 0 ? 2 : 1;
        for (int i = 0; i < count && !mix.facets().isEmpty(); i++) {
            FacetChoice choice = pick(mix.facets());
            path.append('&').append(choice.parameter()).append('=').append(VarcatClient.encode(choice.value()));
        }
    }

    /** A word of the catalog or one of the benchmark's queries; the empty search (everything) a tenth of the time. */
    private String text() {
        if (random.nextInt(10) == 0) {
            return "";
        }
        return random.nextBoolean() ? pick(SearchStage.QUERIES) : pick(mix.words());
    }

    private String registerPage() {
        if (nextRegisterPage != null && random.nextInt(3) > 0) {
            String page = nextRegisterPage;
            nextRegisterPage = null;
            return page;
        }
        return "registers/" + pick(mix.registerIds());
    }

    private String apiResource() {
        if (nextApiPage != null && random.nextBoolean()) {
            String page = nextApiPage;
            nextApiPage = null;
            return page;
        }
        return switch (random.nextInt(4)) {
            case 0 -> "api/v1/variables/" + pick(mix.variableIds());
            case 1 -> "api/v1/registers/" + pick(mix.registerIds());
            case 2 -> "api/v1/registers/" + pick(mix.registerIds()) + "/variables?size=100";
            default -> "api/v1/registers?size=20";
        };
    }

    private String suggest() {
        String word = pick(mix.words());
        return "api/suggest?q=" + VarcatClient.encode(word.substring(0, Math.min(word.length(), 3 + random.nextInt(4))));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The links on our pages are absolute paths; the client resolves paths against the base, which ends in '/'. */
    private static String relative(String href) {
        String path = href.startsWith("/") ? href.substring(1) : href;
        int anchor = path.indexOf('#');
        return anchor < 0 ? path : path.substring(0, anchor);
    }
}
