package no.varcat.harvest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The public-only guard's decision alone, on addresses given as bytes: no name is looked up and no
 * connection is attempted, so the addresses of the internal network and the cloud's metadata
 * service can be tried without sending them anything.
 */
class TargetGuardTest {

    /** Each address with the kind the refusal must name. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("169.254.169.254", "link-local (cloud metadata)"),
            Map.entry("169.254.0.1", "link-local (cloud metadata)"),
            Map.entry("10.0.0.5", "private-network"),
            Map.entry("10.255.255.255", "private-network"),
            Map.entry("172.16.0.1", "private-network"),
            Map.entry("172.31.255.254", "private-network"),
            Map.entry("192.168.1.1", "private-network"),
            Map.entry("100.64.0.1", "carrier-grade NAT"),
            Map.entry("100.127.255.254", "carrier-grade NAT"),
            Map.entry("127.0.0.1", "loopback"),
            Map.entry("127.255.255.254", "loopback"),
            Map.entry("0.0.0.0", "this network"),
            Map.entry("0.1.2.3", "this network"),
            Map.entry("224.0.0.1", "multicast"),
            Map.entry("255.255.255.255", "reserved or broadcast"),
            Map.entry("::1", "loopback"),
            Map.entry("::", "unspecified"),
            Map.entry("fc00::1", "unique-local"),
            Map.entry("fd00:ec2::254", "unique-local"),
            Map.entry("fe80::1", "link-local"),
            Map.entry("fec0::1", "site-local"),
            Map.entry("ff02::1", "multicast"),
            Map.entry("::ffff:127.0.0.1", "loopback"),
            Map.entry("::ffff:169.254.169.254", "link-local (cloud metadata)"),
            Map.entry("64:ff9b::a9fe:a9fe", "NAT64 link-local (cloud metadata)"),
            Map.entry("2002:7f00:1::1", "6to4 loopback"),
            Map.entry("2002:0a00:0001::1", "6to4 private-network"));

    @Test
    void loopbackLinkLocalMetadataPrivateAndWildcardAddressesAreRefusedNamingTheirKind() throws Exception {
        for (Map.Entry<String, String> refused : REFUSED.entrySet()) {
            InetAddress address = fromBytes(refused.getKey());

            assertThat(TargetGuard.PUBLIC_ONLY.refusal(new InetSocketAddress(address, 80))).as(refused.getKey())
                    .hasValueSatisfying(reason -> assertThat(reason).contains(refused.getValue(), "only be on public addresses"));
        }
    }

    @Test
    void anIpv4MappedAddressIsJudgedByTheIpv4AddressItCarries() throws Exception {
        // As an Inet6Address built from the 16 bytes: the JDK's parser would hand back the IPv4 address.
        byte[] mapped = HexFormat.of().parseHex("00000000000000000000ffff7f000001");
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);

        assertThat(TargetGuard.PUBLIC_ONLY.refusal(new InetSocketAddress(address, 80))).hasValueSatisfying(
                reason -> assertThat(reason).contains("IPv4-mapped loopback"));
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        for (String address : new String[] {"8.8.8.8", "11.0.0.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888",
                "2a00:1450:400f:80d::200e"}) {
            assertThat(TargetGuard.PUBLIC_ONLY.refusal(new InetSocketAddress(fromBytes(address), 443))).as(address).isEmpty();
        }
    }

    @Test
    void anAddressPredicateIsAskedAboutTheAddressWhateverThePort() throws Exception {
        TargetGuard noTens = TargetGuard.addresses(a -> a.getAddress()[0] != 10);

        assertThat(noTens.refusal(new InetSocketAddress(fromBytes("10.1.2.3"), 8080))).contains("its address 10.1.2.3 is not allowed");
        assertThat(noTens.refusal(new InetSocketAddress(fromBytes("11.1.2.3"), 8080))).isEmpty();
    }

    /** The address as {@code InetAddress.getByAddress} makes it from its bytes: never a name service query. */
    private static InetAddress fromBytes(String literal) throws UnknownHostException {
        // getByName on a literal only parses it; getByAddress on the parsed bytes makes the point explicit.
        return InetAddress.getByAddress(InetAddress.getByName(literal).getAddress());
    }
}
