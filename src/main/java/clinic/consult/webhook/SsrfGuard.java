package clinic.consult.webhook;

import clinic.consult.problem.InvalidFieldsException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may go, against server-side request forgery: https only (http to loopback only where loopback is
 * allowed: dev and tests), no credentials or fragments in the URL, and, checked after name resolution at every
 * attempt, no private, loopback, link-local (cloud metadata), multicast, carrier-grade NAT or unspecified address, nor an
 * IPv6 transition address that could lead to one. The
 * request then goes to the address that was checked (the name is kept for TLS and {@code Host}), so a second,
 * different answer of the name server cannot send it elsewhere; redirects are never followed.
 */
final class SsrfGuard {

    /**
     * IPv6 ranges refused whatever they carry: unique local addresses, and the transition prefixes through which an
     * IPv6 address reaches an IPv4 one (NAT64, 6to4, Teredo, IPv4-translated), which could be a private or loopback
     * one on a cluster that translates them.
     */
    private static final List<Prefix> REFUSED_V6 = List.of(
            Prefix.of("fc00::", 7),
            Prefix.of("64:ff9b::", 96),
            Prefix.of("64:ff9b:1::", 48),
            Prefix.of("2002::", 16),
            Prefix.of("2001::", 32),
            Prefix.of("::ffff:0:0:0", 96),
            Prefix.of("100::", 64));

    private SsrfGuard() {}

    /** A subscription's URL, as given: a 400 naming {@code url} unless it may be one. */
    static URI parse(String url, boolean allowLoopback) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidFieldsException("url", "must be an absolute https URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidFieldsException("url", "must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidFieldsException("url", "must carry no user, password or fragment");
        }
        if (scheme.equals("http") && !(allowLoopback && isLoopbackName(uri.getHost()))) {
            throw new InvalidFieldsException("url", "must be https");
        }
        if (isIpLiteral(uri.getHost())) {
            try {
                var address = InetAddress.getByName(uri.getHost());
                if (refused(address, allowLoopback)) {
                    throw new InvalidFieldsException("url", "must not point at a private or internal address");
                }
            } catch (UnknownHostException e) {
                throw new InvalidFieldsException("url", "must be an absolute https URL");
            }
        }
        return uri;
    }

    /**
     * The address to connect to for a URL: its name resolved now, every answer checked.
     *
     * @throws RefusedAddressException when the name resolves to nothing or to an address webhooks may not go to
     */
    static InetAddress resolve(URI url, boolean allowLoopback) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("the receiver's name does not resolve");
        }
        for (var address : addresses) {
            if (refused(address, allowLoopback)) {
                throw new RefusedAddressException("the receiver's name resolves to a private or internal address");
            }
        }
        if (url.getScheme().equalsIgnoreCase("http") && !addresses[0].isLoopbackAddress()) {
            throw new RefusedAddressException("http goes to loopback only");
        }
        return addresses[0];
    }

    /** Whether webhooks may not go to this address. */
    static boolean refused(InetAddress address, boolean allowLoopback) {
        if (address.isLoopbackAddress()) {
            return !allowLoopback;
        }
        if (address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if (REFUSED_V6.stream().anyMatch(prefix -> prefix.contains(bytes))) {
                return true;
            }
            // IPv4-mapped and -compatible forms are checked as the IPv4 address they carry
            if (isMappedIpv4(bytes)) {
                try {
                    var v4 = InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
                    return refused(v4, allowLoopback);
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 this network, 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments,
        // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and broadcast
        return first == 0
                || (first == 100 && second >= 64 && second < 128)
                || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19))
                || first >= 240;
    }

    private record Prefix(byte[] network, int bits) {

        static Prefix of(String network, int bits) {
            try {
                return new Prefix(InetAddress.getByName(network).getAddress(), bits);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(network, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
    }

    private static boolean isLoopbackName(String host) {
        var name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }

    /** An attempt that may not go where its URL points. */
    static final class RefusedAddressException extends RuntimeException {
        RefusedAddressException(String reason) {
            super(reason, null, false, false);
        }
    }
}
