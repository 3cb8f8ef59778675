package no.varcat.harvest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides whether the harvester may send a request to a target. {@link HttpFetcher} asks before
 * every request, each redirect included: the seam for refusing internal addresses (SSRF). The
 * standard guard allows every http(s) target.
 */
@FunctionalInterface
public interface TargetGuard {

    TargetGuard ANY = target -> Optional.empty();

    /**
     * Only public addresses: no loopback, link-local (cloud metadata), site-local, unique-local,
     * wildcard or multicast targets, so that a source URL cannot reach the catalog's own
     * Elasticsearch node or the internal network.
     */
    TargetGuard PUBLIC_ONLY = addresses(address -> !(address.isLoopbackAddress() || address.isLinkLocalAddress()
            || address.isSiteLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
            || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xFE) == 0xFC)));

    /** Why {@code target} is refused, or empty when it is allowed. */
    Optional<String> refusal(URI target);

    /**
     * Allows a target when every address its host resolves to passes {@code allowed}. The JDK client
     * resolves the host again when it connects, so this alone does not stop DNS rebinding.
     */
    static TargetGuard addresses(Predicate<InetAddress> allowed) {
        return target -> {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(target.getHost());
            } catch (UnknownHostException e) {
                return Optional.of("unknown host " + target.getHost());
            }
            for (InetAddress address : addresses) {
                if (!allowed.test(address)) {
                    return Optional.of("its address " + address.getHostAddress() + " is not allowed");
                }
            }
            return Optional.empty();
        };
    }
}
