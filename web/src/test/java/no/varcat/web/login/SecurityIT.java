package no.varcat.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import no.varcat.web.VarcatIntegrationTest;

/**
 * The site's security over real HTTP on the running catalog: HSTS when the request came over https
 * (as a TLS-ending proxy says with {@code X-Forwarded-Proto}), a new session id at login, login
 * throttling for the form and for HTTP Basic, CSRF on every form of the admin pages (found by
 * crawling them, so a new form is covered without touching this test), and no password in the log.
 * The throttled "clients" come through the proxy headers from documentation addresses
 * (203.0.113.0/24), so the admin's own logins from 127.0.0.1 in other tests are not held up.
 */
@VarcatIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {

    private static final String PASSWORD = VarcatIntegrationTest.ADMIN_PASSWORD;
    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("(?is)<input\\b([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("(?is)<select\\b([^>]*)>(.*?)</select>");
    private static final Pattern OPTION = Pattern.compile("(?is)<option\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("(?is)<textarea\\b([^>]*)>(.*?)</textarea>");
    private static final Pattern HREF = Pattern.compile("(?i)href=\"(/admin[^\"#?]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    @Test
    void hstsIsSentOnlyWhenTheRequestCameOverHttps() throws Exception {
        Browser browser = new Browser(null);

        HttpResponse<String> overHttps = browser.send(browser.request("/").header("X-Forwarded-Proto", "https").build());
        HttpResponse<String> overHttp = browser.get("/");

        assertThat(overHttps.statusCode()).isEqualTo(200);
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).as("never over plain http").isEmpty();
    }

    @Test
    void theSessionGetsANewIdAtLogin() throws Exception {
        Browser browser = new Browser(null);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow(() -> new AssertionError("the login form starts a session (its CSRF token)"));

        assertThat(browser.logIn(PASSWORD).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));

        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
        Browser fixated = new Browser(null);
        fixated.setSessionId(before);
        assertThat(fixated.get("/admin").statusCode()).as("the id from before the login opens nothing").isEqualTo(302);
    }

    @Test
    void fiveFailedFormLoginsLockThatUserOutFromThatAddressEvenWithTheRightPassword() throws Exception {
        Browser attacker = new Browser("203.0.113.71");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(attacker.logIn("guess-" + i).headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> locked = attacker.logIn(PASSWORD);

        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(attacker.get("/login?locked").body()).contains("For mange mislykkede innlogginger", "sperret i 15 minutter");
        assertThat(attacker.get("/admin").statusCode()).isEqualTo(302);
        assertThat(new Browser("203.0.113.99").logIn(PASSWORD).headers().firstValue("Location"))
                .as("the admin from another address").hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
    }

    @Test
    void fiveFailedBasicLoginsOnTheAdminApiAnswer429WithRetryAfter() throws Exception {
        Browser script = new Browser("203.0.113.72");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(script.api("/api/admin/sources", "admin", "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = script.api("/api/admin/sources", "admin", PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(locked.body()).contains("\"status\":429", "Too many failed logins for this user from this address");
        assertThat(new Browser("203.0.113.98").api("/api/admin/sources", "admin", PASSWORD).statusCode()).isEqualTo(200);
    }

    /**
     * Crawls the admin pages as the admin (those of one source made for the test, not of the
     * others) and posts every form found twice: without its CSRF token (403, and nothing happens:
     * the source is still there after its delete form was posted), then as the page has it (not
     * 403). Delete and log out go last.
     */
    @Test
    void everyFormOnTheAdminPagesIsRefusedWithoutItsCsrfTokenAndAcceptedWithIt() throws Exception {
        String id = "csrf-it-" + Long.toString(System.nanoTime(), 36);
        Browser admin = new Browser(null);
        assertThat(admin.adminApi("/api/admin/sources/" + id, "PUT", """
                {"title": "CSRF", "location": "http://127.0.0.1:9/csrf.ttl", "format": "turtle"}""").statusCode()).isEqualTo(201);
        try {
            admin.logIn(PASSWORD);
            Map<String, Map<String, String>> forms = crawlForms(admin, id);
            assertThat(forms.keySet()).as("the crawl finds the admin pages' forms").contains("/logout", "/admin/sources",
                    "/admin/sources/" + id, "/admin/sources/" + id + "/harvest", "/admin/sources/" + id + "/delete");

            List<String> actions = new ArrayList<>(forms.keySet());
            actions.sort((a, b) -> Integer.compare(lastness(a), lastness(b)));
            for (String action : actions) {
                Map<String, String> fields = forms.get(action);
                assertThat(fields).as("the form for %s carries a token", action).containsKey("_csrf");
                Map<String, String> withoutToken = new LinkedHashMap<>(fields);
                withoutToken.remove("_csrf");

                assertThat(admin.post(action, withoutToken).statusCode()).as("%s without its token", action).isEqualTo(403);
                if (action.endsWith("/delete")) {
                    assertThat(admin.adminApi("/api/admin/sources/" + id, "GET", null).statusCode()).as("not deleted").isEqualTo(200);
                }
                assertThat(admin.post(action, fields).statusCode()).as("%s with its token", action).isNotEqualTo(403).isLessThan(500);
            }
        } finally {
            awaitNotBusy(admin, id);
            admin.adminApi("/api/admin/sources/" + id, "DELETE", null);
        }
    }

    @Test
    void passwordsAreNotLoggedWhenLoginsFailOrSucceed(CapturedOutput output) throws Exception {
        String guess = "guess-" + Long.toString(System.nanoTime(), 36);
        List<String> loggers = List.of("org.springframework.security", "org.springframework.web", "no.varcat", "org.apache.catalina");
        loggers.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
        try {
            Browser browser = new Browser("203.0.113.73");
            browser.logIn(guess);
            browser.logIn(PASSWORD);
            browser.api("/api/admin/sources", "admin", guess);
            browser.api("/api/admin/sources", "admin", PASSWORD);
        } finally {
            loggers.forEach(name -> logging.setLogLevel(name, null));
        }

        assertThat(output.getAll()).as("debug logging was on and captured").contains("Failed to authenticate since password does not match")
                .doesNotContain(PASSWORD, guess, basic("admin", PASSWORD).substring(6), basic("admin", guess).substring(6));
        // The Elasticsearch client's header loggers would print its API key at DEBUG: they stay at INFO.
        assertThat(logging.getLoggerConfiguration("org.apache.http.headers").getEffectiveLevel()).isEqualTo(LogLevel.INFO);
        assertThat(logging.getLoggerConfiguration("org.apache.http.wire").getEffectiveLevel()).isEqualTo(LogLevel.INFO);
    }

    /** Every POST form on the admin pages reachable from /admin, by action, with the fields the page gives it. */
    private Map<String, Map<String, String>> crawlForms(Browser admin, String id) throws Exception {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        Deque<String> pages = new ArrayDeque<>(List.of("/admin"));
        Set<String> seen = new HashSet<>(pages);
        while (!pages.isEmpty()) {
            HttpResponse<String> page = admin.get(pages.pop());
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher form = FORM.matcher(page.body());
            while (form.find()) {
                if ("post".equalsIgnoreCase(attribute(form.group(1), "method").orElse("get"))) {
                    forms.putIfAbsent(attribute(form.group(1), "action").orElseThrow(), fields(form.group(2)));
                }
            }
            Matcher link = HREF.matcher(page.body());
            while (link.find()) {
                String path = link.group(1);
                boolean ours = !path.startsWith("/admin/sources/") || path.equals("/admin/sources/new") || path.startsWith("/admin/sources/" + id);
                if (ours && seen.add(path)) {
                    pages.add(path);
                }
            }
        }
        return forms;
    }

    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String type = attribute(input.group(1), "type").orElse("text").toLowerCase();
            Optional<String> name = attribute(input.group(1), "name");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !input.group(1).contains("checked");
            if (name.isPresent() && !unchecked && !type.equals("submit")) {
                fields.put(name.get(), attribute(input.group(1), "value").orElse(""));
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = "";
            Matcher option = OPTION.matcher(select.group(2));
            boolean first = true;
            while (option.find()) {
                if (first || option.group(1).contains("selected")) {
                    chosen = attribute(option.group(1), "value").orElse("");
                }
                first = false;
            }
            fields.put(attribute(select.group(1), "name").orElseThrow(), chosen);
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.put(attribute(textarea.group(1), "name").orElseThrow(), HtmlUtils.htmlUnescape(textarea.group(2)));
        }
        return fields;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? Optional.of(HtmlUtils.htmlUnescape(m.group(1))) : Optional.empty();
    }

    /** Delete before log out, both after the rest. */
    private static int lastness(String action) {
        return action.equals("/logout") ? 2 : action.endsWith("/delete") ? 1 : 0;
    }

    private static void awaitNotBusy(Browser admin, String id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.adminApi("/api/admin/sources/" + id, "GET", null).body().contains("\"busy\":true") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One client with its cookies, optionally behind a proxy that says it forwards for {@code forwardedFor}. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        private final String forwardedFor;

        Browser(String forwardedFor) {
            this.forwardedFor = forwardedFor;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return request;
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        /** The login form filled in and posted with its token, as a browser would. */
        HttpResponse<String> logIn(String password) throws Exception {
            Map<String, String> fields = fields(FORM.matcher(get("/login").body()).results()
                    .filter(m -> attribute(m.group(1), "action").orElse("").equals("/login")).findFirst().orElseThrow().group(2));
            fields.put("username", "admin");
            fields.put("password", password);
            return post("/login", fields);
        }

        HttpResponse<String> api(String path, String user, String password) throws Exception {
            return send(request(path).header("Authorization", basic(user, password)).build());
        }

        /** The admin JSON API as the admin from 127.0.0.1. */
        HttpResponse<String> adminApi(String path, String method, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", basic("admin", PASSWORD));
            if (json != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return send(request.build());
        }

        Optional<String> sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue)
                    .findFirst();
        }

        void setSessionId(String id) {
            HttpCookie cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
        }
    }
}
