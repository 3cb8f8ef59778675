package no.varcat.harvest.fetch;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * Fetches http(s) sources with the JDK's client: a conditional GET when the last fetch left
 * validators, the reader's media types in Accept, gzip, redirects followed here
 * ({@link RedirectChain}), retries with exponential backoff on 5xx, 429, timeouts and connection
 * errors, and a size cap on the body before and after decompression ({@link CappedBody}). Every
 * failure becomes one fatal issue naming the status and the URL. A source's auth header is sent
 * only to the origin it was configured for, and never logged.
 */
public final class HttpFetcher {

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final String USER_AGENT = "varcat-harvester (+https://w3id.org/varcat)";

    private final FetchSettings settings;
    private HttpClient client;

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
    }

    public FetchSettings settings() {
        return settings;
    }

    public static boolean handles(URI location) {
        String scheme = location.getScheme();
        return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && location.getHost() != null;
    }

    /**
     * Fetches {@code source}, conditionally when {@code previous} applies to its location.
     *
     * @param mediaTypes the reader's media types, preferred first (see {@code SourceReader.mediaTypes()})
     * @throws SourceFormatException after recording a fatal issue, when there is no content to read
     */
    public Fetched fetch(HarvestSource source, List<String> mediaTypes, FetchState previous, IssueCollector issues) {
        FetchState known = previous.appliesTo(source.location()) ? previous : FetchState.NONE;
        try {
            return follow(source, mediaTypes, known, issues);
        } catch (FetchFailure e) {
            throw SourceFormatException.fatal(issues, e.getMessage(), -1, -1, e);
        }
    }

    private Fetched follow(HarvestSource source, List<String> mediaTypes, FetchState known, IssueCollector issues) throws FetchFailure {
        RedirectChain chain = new RedirectChain(source.location());
        while (true) {
            URI target = chain.current();
            Optional<String> refusal = settings.guard().refusal(target);
            if (refusal.isPresent()) {
                throw new FetchFailure("Refusing to fetch " + target + ": " + refusal.get());
            }
            HttpResponse<byte[]> response = sendWithRetries(request(target, mediaTypes, known,
                    chain.sameOriginAsStart(target) ? source.authHeader() : null));
            int status = response.statusCode();
            issues.httpStatus(status);
            if (HttpStatus.redirect(status)) {
                chain.follow(status, response.headers().firstValue("Location"));
            } else if (status == 304 && known != FetchState.NONE) {
                log.debug("{} not modified", target);
                return new Fetched.Unchanged(known);
            } else if (status < 200 || status > 299) {
                throw new FetchFailure(HttpStatus.describe(status) + " from " + target + HttpStatus.hint(status));
            } else {
                byte[] body = decode(response);
                checkContentType(response, mediaTypes, issues);
                log.debug("{}: {} bytes", target, body.length);
                return new Fetched.Content(new ByteArrayInputStream(body), FetchState.of(source.location(), response.headers()));
            }
        }
    }

    private HttpRequest request(URI target, List<String> mediaTypes, FetchState known, String authHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).GET()
                .timeout(settings.requestTimeout())
                .header("Accept", MediaTypes.accept(mediaTypes))
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", USER_AGENT);
        if (known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        if (authHeader != null) {
            int colon = authHeader.indexOf(':');
            request.header(authHeader.substring(0, colon).strip(), authHeader.substring(colon + 1).strip());
        }
        return request.build();
    }

    /** Sends until a response that is not worth retrying, or until the attempts run out. */
    private HttpResponse<byte[]> sendWithRetries(HttpRequest request) throws FetchFailure {
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                HttpResponse<byte[]> response = send(request);
                if (!HttpStatus.retryable(response.statusCode())) {
                    return response;
                }
                problem = HttpStatus.describe(response.statusCode()) + " from " + request.uri();
            } catch (HttpTimeoutException | TimeoutException e) {
                problem = "No response from " + request.uri() + " within " + FetchSettings.text(
                        e instanceof HttpConnectTimeoutException ? settings.connectTimeout() : settings.requestTimeout());
            } catch (ConnectException e) {
                // The JDK client's ConnectException mostly has no message: refused or unreachable.
                problem = "Cannot connect to " + request.uri() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (IOException e) {
                problem = "The connection to " + request.uri() + " failed: " + message(e);
            }
            if (attempt >= settings.maxAttempts()) {
                throw new FetchFailure(problem + (attempt > 1 ? " (gave up after " + attempt + " attempts)" : ""));
            }
            log.info("{}; trying again in {} (attempt {} of {})", problem, FetchSettings.text(backoff), attempt + 1, settings.maxAttempts());
            pause(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** One attempt, the body included, within the request timeout. */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, TimeoutException, FetchFailure {
        CompletableFuture<HttpResponse<byte[]>> response = client().sendAsync(request, CappedBody.handler(settings.maxBytes()));
        try {
            return response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailure("Interrupted while fetching " + request.uri(), e);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CappedBody.TooLargeException) {
                    throw tooLarge(request.uri(), "");
                }
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private byte[] decode(HttpResponse<byte[]> response) throws FetchFailure {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "identity", "" -> {
                return response.body();
            }
            case "gzip", "x-gzip" -> {
                try {
                    return CappedBody.gunzip(response.body(), settings.maxBytes());
                } catch (CappedBody.TooLargeException e) {
                    throw tooLarge(response.uri(), " once decompressed");
                } catch (ZipException | EOFException e) {
                    throw new FetchFailure("The gzip-compressed content from " + response.uri() + " is corrupt: " + message(e), e);
                } catch (IOException e) {
                    throw new FetchFailure("Decompressing the content from " + response.uri() + " failed: " + message(e), e);
                }
            }
            default -> throw new FetchFailure("The content from " + response.uri() + " is encoded as '" + encoding
                    + "', which varcat did not ask for and cannot decode");
        }
    }

    private void checkContentType(HttpResponse<byte[]> response, List<String> mediaTypes, IssueCollector issues) {
        response.headers().firstValue("Content-Type").map(MediaTypes::essence)
                .filter(type -> !MediaTypes.fits(type, mediaTypes))
                .ifPresent(type -> issues.add(Severity.WARNING, "The server sent " + response.uri() + " as " + type
                        + ", not " + String.join(" or ", mediaTypes) + " as this source's format is; reading it anyway", -1, -1));
    }

    private FetchFailure tooLarge(URI target, String when) {
        return new FetchFailure("The content from " + target + " is larger than the cap of " + settings.capText() + when
                + "; refusing to read it (check the source's URL)");
    }

    private synchronized HttpClient client() {
        // Made on first use: an opener that never meets an http(s) source starts no client threads.
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    private static void pause(Duration backoff) throws FetchFailure {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure("Interrupted while waiting to try again", e);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
