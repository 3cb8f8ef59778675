package no.varcat.harvest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses are not on the public internet, and what kind each is, so that a refusal can say
 * why. IPv4 ranges from the IANA special-purpose registry that reach this host, its cloud's
 * metadata service or an internal network; IPv6 the same, and an IPv4 address embedded in an IPv6
 * one (mapped, compatible, NAT64, 6to4) is judged as the IPv4 address it carries.
 */
final class NonPublicAddresses {

    private NonPublicAddresses() {
    }

    /** What kind of non-public address {@code address} is ("loopback", ...), or empty when it is public. */
    static Optional<String> kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return ipv6(bytes);
        }
        return Optional.of("of an unknown kind");
    }

    private static Optional<String> ipv4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        int a2 = b[2] & 0xFF;
        if (a0 == 0) {
            return Optional.of("this network, 0.0.0.0/8, which reaches this host");
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private-network");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local (cloud metadata)");
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return Optional.of("carrier-grade NAT (shared)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol");
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return Optional.of("benchmarking");
        }
        if (a0 >= 224) {
            return Optional.of(a0 < 240 ? "multicast" : "reserved or broadcast");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        if (allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1)) {
            return Optional.of(b[15] == 0 ? "unspecified (::)" : "loopback");
        }
        if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return embedded(b, 12, "IPv4-mapped");
        }
        if (allZero(b, 0, 12)) {
            return embedded(b, 12, "IPv4-compatible");
        }
        if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && allZero(b, 4, 12)) {
            return embedded(b, 12, "NAT64");
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return embedded(b, 2, "6to4");
        }
        if ((b[0] & 0xFE) == 0xFC) {
            return Optional.of("unique-local (fc00::/7)");
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0x80) {
            return Optional.of("link-local");
        }
        if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return Optional.of("site-local");
        }
        if ((b[0] & 0xFF) == 0xFF) {
            return Optional.of("multicast");
        }
        return Optional.empty();
    }

    /** The kind of the IPv4 address at {@code offset}, as the IPv6 form names it. */
    private static Optional<String> embedded(byte[] b, int offset, String form) {
        try {
            InetAddress v4 = InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
            return ipv4(v4.getAddress()).map(kind -> form + " " + kind);
        } catch (UnknownHostException e) {
            return Optional.of(form);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
