package no.varcat.harvest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides which addresses the harvester may connect to: the seam for refusing internal addresses
 * (SSRF). {@link HttpFetcher} asks it about each address a host name resolves to, every redirect
 * included, at the moment it connects, and connects only to the addresses it was asked about
 * ({@link GuardedDnsResolver}): the host is resolved once, so a DNS answer that changes between a
 * check and the connection (DNS rebinding) cannot slip past.
 */
@FunctionalInterface
public interface TargetGuard {

    /** Every address: for tests and for a catalog whose sources are on its own network. */
    TargetGuard ANY = target -> Optional.empty();

    /**
     * Only public addresses: no loopback, "this network" (0.0.0.0/8), link-local (cloud metadata),
     * private-network, carrier-grade NAT, unique-local, multicast or reserved targets, and no IPv6
     * form of one of them, so that a source URL cannot reach the catalog's own Elasticsearch node,
     * the cloud's metadata service or the internal network.
     */
    TargetGuard PUBLIC_ONLY = target -> NonPublicAddresses.kind(target.getAddress())
            .map(kind -> "its address " + target.getAddress().getHostAddress() + " is not public (" + kind
                    + "); sources may only be on public addresses (see varcat.harvest.allow-private-addresses)");

    /**
     * Why a connection to {@code target} (a resolved address and its port) is refused, or empty
     * when it is allowed. Decided on the address alone: it makes no connection.
     */
    Optional<String> refusal(InetSocketAddress target);

    /** Allows an address when {@code allowed} says so, whatever the port. */
    static TargetGuard addresses(Predicate<InetAddress> allowed) {
        return target -> allowed.test(target.getAddress()) ? Optional.empty()
                : Optional.of("its address " + target.getAddress().getHostAddress() + " is not allowed");
    }
}
