package no.varcat.harvest.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only way from a host name to addresses: resolves once, asks the
 * {@link TargetGuard} about every address, and hands the client exactly the addresses it checked,
 * which it then connects to. There is no second lookup for a rebinding DNS server to answer
 * differently. One refused address refuses the host: a name that resolves to a public and a
 * private address is an attack or a mistake.
 *
 * <p>Why not the JDK's {@code HttpClient}: it resolves the host itself when it connects and has
 * no hook for it before JDK 18's system-wide {@code InetAddressResolverProvider}, which varcat on
 * Java 17 cannot use, and which would also govern the Elasticsearch client's connections to the
 * local node on loopback.
 */
final class GuardedDnsResolver implements DnsResolver {

    /** A target the guard refused; not worth retrying. */
    static final class RefusedTarget extends UnknownHostException {
        RefusedTarget(String reason) {
            super(reason);
        }
    }

    /** The name service: the system's, or in tests one that answers as a rebinding DNS server would. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    private final TargetGuard guard;
    private final Lookup lookup;

    GuardedDnsResolver(TargetGuard guard, Lookup lookup) {
        this.guard = guard;
        this.lookup = lookup;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> checked = new ArrayList<>();
        for (InetAddress address : lookup.addresses(unbracketed(host))) {
            InetSocketAddress target = new InetSocketAddress(address, port);
            Optional<String> refusal = guard.refusal(target);
            if (refusal.isPresent()) {
                throw new RefusedTarget(refusal.get());
            }
            checked.add(target);
        }
        return checked;
    }

    /** Without a port, the guard is asked about port 0, which a port-specific allowance does not cover. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return resolve(host, 0).stream().map(InetSocketAddress::getAddress).toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return host;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
