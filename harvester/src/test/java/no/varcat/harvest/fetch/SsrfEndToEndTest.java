package no.varcat.harvest.fetch;

import static no.varcat.harvest.fetch.HttpHarvest.TURTLE;
import static no.varcat.harvest.fetch.HttpHarvest.resource;
import static no.varcat.harvest.fetch.TestHttpServer.ok;
import static no.varcat.harvest.fetch.TestHttpServer.redirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.varcat.harvest.HarvestIssue;
import no.varcat.harvest.HarvestIssue.Severity;
import no.varcat.harvest.HarvestReport;
import no.varcat.harvest.HarvestReport.Outcome;
import no.varcat.harvest.HarvestSource;

/**
 * The real harvester and fetcher with the public-only guard on, as the application runs by default
 * ({@code varcat.harvest.allow-private-addresses=false}), against a trap: a real HTTP server on this
 * host's loopback addresses (127.0.0.1 and, where the host has IPv6, [::1], on the same port) that
 * would serve a good register if it were reached. Every way of writing "this host" is refused with
 * an issue saying why, and the trap receives no request. Traffic goes to loopback only.
 */
class SsrfEndToEndTest {

    private static final byte[] GOOD = resource("small-register.ttl");

    private final HttpHarvest harvest = new HttpHarvest(HttpHarvest.FAST.withGuard(TargetGuard.PUBLIC_ONLY));
    /** The trap on 127.0.0.1 is the fixture's own server. */
    private final TestHttpServer trap = harvest.server;
    private final TestHttpServer trap6 = ipv6Trap(trap.port());

    SsrfEndToEndTest() {
        trap.route("/register.ttl", ok(TURTLE, GOOD));
        if (trap6 != null) {
            trap6.route("/register.ttl", ok(TURTLE, GOOD));
        }
    }

    @AfterEach
    void tearDown() {
        harvest.close();
        if (trap6 != null) {
            trap6.close();
        }
    }

    @Test
    void everyFormOfThisHostIsRefusedAndTheTrapHearsNothing() {
        int port = trap.port();
        for (String host : List.of("127.0.0.1", "[::1]", "0.0.0.0", "2130706433", "localhost", "[::ffff:127.0.0.1]")) {
            URI location = URI.create("http://" + host + ":" + port + "/register.ttl");

            HarvestReport report = harvest.harvest(new HarvestSource("trap", location, "turtle", "Trap"));

            assertThat(fatal(report)).as(host).startsWith("Refusing to fetch " + location + ": its address ")
                    .contains(host.equals("0.0.0.0") ? "(this network" : "(loopback)", "sources may only be on public addresses");
        }
        assertThat(trap.requests).isEmpty();
        if (trap6 != null) {
            assertThat(trap6.requests).isEmpty();
        }
    }

    /**
     * A test has no public address to start from, so its guard lets one loopback server, on its own
     * port, pass for a public one; the redirect's target is the trap on another port, which the
     * public-only rule refuses. The guard is asked at every hop.
     */
    @Test
    void aPublicLookingSourceThatRedirectsToThisHostIsRefusedAtTheRedirect() {
        try (TestHttpServer outside = new TestHttpServer()) {
            TargetGuard guard = publicExcept(outside.port());
            try (HttpHarvest guarded = new HttpHarvest(HttpHarvest.FAST.withGuard(guard))) {
                TestHttpServer trapHere = guarded.server;
                trapHere.route("/register.ttl", ok(TURTLE, GOOD));
                for (String host : List.of("localhost", "127.0.0.1", "[::1]", "2130706433")) {
                    URI inside = URI.create("http://" + host + ":" + trapHere.port() + "/register.ttl");
                    outside.route("/moved.ttl", redirect(302, inside.toString()));
                    HarvestSource source = new HarvestSource("outside", outside.uri("/moved.ttl"), "turtle", "Outside");

                    HarvestReport report = guarded.harvest(source);

                    assertThat(fatal(report)).as(host).startsWith("Refusing to fetch " + inside + ": its address ")
                            .contains("(loopback)");
                }
                assertThat(outside.requestsTo("/moved.ttl")).hasSize(4);
                assertThat(trapHere.requests).isEmpty();
            }
        }
    }

    /**
     * The host is looked up once per connection, and the client connects to the address that was
     * checked: a name only the fetcher's own lookup knows ({@code .invalid} is never in DNS) is
     * fetched, so the client has no lookup of its own a rebinding DNS server could answer
     * differently. This lookup answers the allowed server first and loopback on every later
     * question, as a rebinding server would; the fetch asks once and reaches the allowed server.
     */
    @Test
    void theAddressCheckedIsTheAddressConnectedTo() {
        try (TestHttpServer outside = new TestHttpServer()) {
            outside.route("/register.ttl", ok(TURTLE, GOOD));
            AtomicInteger lookups = new AtomicInteger();
            GuardedDnsResolver.Lookup rebinding = host -> {
                assertThat(host).isEqualTo("rebind.invalid");
                return new InetAddress[] {lookups.getAndIncrement() == 0 ? InetAddress.getLoopbackAddress()
                        : InetAddress.getByAddress(new byte[] {127, 0, 0, 2})};
            };
            try (HttpHarvest rebound = new HttpHarvest(HttpHarvest.FAST.withGuard(publicExcept(outside.port())), rebinding)) {
                URI location = URI.create("http://rebind.invalid:" + outside.port() + "/register.ttl");

                HarvestReport report = rebound.harvest(new HarvestSource("rebind", location, "turtle", "Rebind"));

                assertThat(report.outcome()).as("%s", report.issues()).isEqualTo(Outcome.SUCCEEDED);
                assertThat(lookups).hasValue(1);
                assertThat(outside.requests).hasSize(1);
                assertThat(outside.requests.get(0).headers().getFirst("Host")).isEqualTo("rebind.invalid:" + outside.port());
            }
        }
    }

    /** The public-only guard, except that 127.0.0.1 on {@code port} passes for a public address. */
    private static TargetGuard publicExcept(int port) {
        return target -> target.getAddress().equals(InetAddress.getLoopbackAddress()) && target.getPort() == port
                ? Optional.empty()
                : TargetGuard.PUBLIC_ONLY.refusal(target);
    }

    /** A trap on [::1] at {@code port}, or null where this host has no IPv6 loopback. */
    private static TestHttpServer ipv6Trap(int port) {
        try {
            return new TestHttpServer(new InetSocketAddress(InetAddress.getByName("::1"), port));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String fatal(HarvestReport report) {
        assertThat(report.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.issues()).singleElement().extracting(HarvestIssue::severity).isEqualTo(Severity.FATAL);
        return report.issues().get(0).message();
    }
}
