package no.varcat.harvest.fetch;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestSource;
import no.varcat.harvest.IssueCollector;
import no.varcat.harvest.SourceFormatException;

/**
 * Fetches http(s) sources with Apache HttpClient, connecting only to addresses the
 * {@link TargetGuard} allowed ({@link GuardedDnsResolver}): a conditional GET when the last fetch left
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
    private final GuardedDnsResolver.Lookup lookup;
    private CloseableHttpClient client;

    public HttpFetcher(FetchSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    /** With {@code lookup} as the only name service: tests answer as a rebinding DNS server would. */
    HttpFetcher(FetchSettings settings, GuardedDnsResolver.Lookup lookup) {
        this.settings = settings;
        this.lookup = lookup;
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
            Response response = sendWithRetries(target, headers(mediaTypes, known,
                    chain.sameOriginAsStart(target) ? source.authHeader() : null));
            int status = response.status();
            issues.httpStatus(status);
            if (HttpStatus.redirect(status)) {
                chain.follow(status, response.header("Location"));
            } else if (status == 304 && known != FetchState.NONE) {
                log.debug("{} not modified", target);
                return new Fetched.Unchanged(known);
            } else if (status < 200 || status > 299) {
                throw new FetchFailure(HttpStatus.describe(status) + " from " + target + HttpStatus.hint(status));
            } else {
                byte[] body = decode(response);
                checkContentType(response, mediaTypes, issues);
                log.debug("{}: {} bytes", target, body.length);
                return new Fetched.Content(new ByteArrayInputStream(body), FetchState.of(source.location(), response::header),
                        response.header("Content-Type").map(MediaTypes::essence).orElse(null));
            }
        }
    }

    /** A response read whole (within the cap): what the fetch needs of it. */
    private record Response(URI uri, int status, Header[] headers, byte[] body) {

        Optional<String> header(String name) {
            return Arrays.stream(headers).filter(h -> h.getName().equalsIgnoreCase(name)).map(Header::getValue).findFirst();
        }
    }

    private static List<Header> headers(List<String> mediaTypes, FetchState known, String authHeader) {
        List<Header> headers = new ArrayList<>();
        headers.add(new BasicHeader("Accept", MediaTypes.accept(mediaTypes)));
        headers.add(new BasicHeader("Accept-Encoding", "gzip"));
        headers.add(new BasicHeader("User-Agent", USER_AGENT));
        if (known.etag() != null) {
            headers.add(new BasicHeader("If-None-Match", known.etag()));
        }
        if (known.lastModified() != null) {
            headers.add(new BasicHeader("If-Modified-Since", known.lastModified()));
        }
        if (authHeader != null) {
            int colon = authHeader.indexOf(':');
            headers.add(new BasicHeader(authHeader.substring(0, colon).strip(), authHeader.substring(colon + 1).strip()));
        }
        return headers;
    }

    /** Sends until a response that is not worth retrying, or until the attempts run out. */
    private Response sendWithRetries(URI target, List<Header> headers) throws FetchFailure {
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            String problem;
            try {
                Response response = send(target, headers);
                if (!HttpStatus.retryable(response.status())) {
                    return response;
                }
                problem = HttpStatus.describe(response.status()) + " from " + target;
            } catch (GuardedDnsResolver.RefusedTarget e) {
                throw new FetchFailure("Refusing to fetch " + target + ": " + e.getMessage(), e);
            } catch (CappedBody.TooLargeException e) {
                throw tooLarge(target, "");
            } catch (ConnectTimeoutException e) {
                problem = "No response from " + target + " within " + FetchSettings.text(settings.connectTimeout());
            } catch (TimeoutException | SocketTimeoutException e) {
                problem = "No response from " + target + " within " + FetchSettings.text(settings.requestTimeout());
            } catch (ConnectException e) {
                problem = "Cannot connect to " + target + ": " + message(rootCause(e));
            } catch (UnknownHostException e) {
                problem = "Cannot find the host of " + target + " (unknown host " + target.getHost() + ")";
            } catch (IOException e) {
                problem = "The connection to " + target + " failed: " + message(e);
            }
            if (attempt >= settings.maxAttempts()) {
                throw new FetchFailure(problem + (attempt > 1 ? " (gave up after " + attempt + " attempts)" : ""));
            }
            log.info("{}; trying again in {} (attempt {} of {})", problem, FetchSettings.text(backoff), attempt + 1, settings.maxAttempts());
            pause(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    /**
     * One attempt, the body included, within the request timeout: the client's socket timeout
     * stops a silent server, and the request is aborted when the whole attempt takes longer, so a
     * server that trickles a byte at a time is stopped too.
     */
    private Response send(URI target, List<Header> headers) throws IOException, TimeoutException {
        HttpGet get = new HttpGet(target);
        headers.forEach(get::addHeader);
        AtomicBoolean over = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            if (over.compareAndSet(false, true)) {
                get.cancel();
            }
        }, CompletableFuture.delayedExecutor(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        try (ClassicHttpResponse response = client().executeOpen(null, get, null)) {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : CappedBody.read(entity.getContent(), settings.maxBytes());
            if (!over.compareAndSet(false, true)) {
                throw new TimeoutException();
            }
            return new Response(target, response.getCode(), response.getHeaders(), body);
        } catch (IOException e) {
            if (!over.compareAndSet(false, true) && !(e instanceof CappedBody.TooLargeException)) {
                // Aborted by the deadline: the client reports it as a closed socket or an aborted request.
                throw new TimeoutException();
            }
            throw e;
        }
    }

    private byte[] decode(Response response) throws FetchFailure {
        String encoding = response.header("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
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

    private void checkContentType(Response response, List<String> mediaTypes, IssueCollector issues) {
        response.header("Content-Type").map(MediaTypes::essence)
                .filter(type -> !MediaTypes.fits(type, mediaTypes))
                .ifPresent(type -> issues.add(Severity.WARNING, "The server sent " + response.uri() + " as " + type
                        + ", not " + String.join(" or ", mediaTypes) + " as this source's format is; reading it anyway", -1, -1));
    }

    private FetchFailure tooLarge(URI target, String when) {
        return new FetchFailure("The content from " + target + " is larger than the cap of " + settings.capText() + when
                + "; refusing to read it (check the source's URL)");
    }

    private synchronized CloseableHttpClient client() {
        // Made on first use: an opener that never meets an http(s) source opens no pool.
        if (client == null) {
            Timeout requestTimeout = Timeout.of(settings.requestTimeout());
            client = HttpClients.custom()
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setDnsResolver(new GuardedDnsResolver(settings.guard(), lookup))
                            // The client's wire and header logs would print a source's auth header at DEBUG.
                            .setConnectionFactory(UnloggedConnection::on)
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                    .setSocketTimeout(requestTimeout).build())
                            .build())
                    .setDefaultRequestConfig(RequestConfig.custom()
                            .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                            .setResponseTimeout(requestTimeout).build())
                    // Ours, not the client's: redirects (RedirectChain), retries, gzip within the cap; no
                    // cookies or cached credentials carried from one source to another; no proxy.
                    .disableRedirectHandling()
                    .disableAutomaticRetries()
                    .disableContentCompression()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .build();
        }
        return client;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
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
