package clinic.consult.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the request comes from a
 * configured trusted proxy; then the right-most address that is not a trusted proxy is the client.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<AddressRange> trusted;

    ClientAddress(HttpConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream()
                .map(AddressRange::parse)
                .toList();
    }

    public String of(HttpServerRequest request) {
        var peer = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !isTrusted(peer)) {
            return peer;
        }
        var hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].trim();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                // the hop our proxy appended is an address; anything else means a proxy passes on what clients say
                return isAddress(hop) ? hop : peer;
            }
        }
        return peer;
    }

    /**
     * The key under which a client's budgets (rate limits, live holds) are counted: its address, or for IPv6 its
     * /64 network, since one household or phone gets a whole /64 and can pick any address in it.
     */
    public static String budgetKey(String address) {
        byte[] bytes;
        try {
            bytes = AddressRange.literal(address);
        } catch (IllegalArgumentException e) {
            return address;
        }
        if (bytes.length != 16) {
            return address;
        }
        var key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)))
                    .append(':');
        }
        return key.append(":/64").toString();
    }

    private static boolean isAddress(String text) {
        try {
            AddressRange.literal(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IPv4 or IPv6 address or CIDR range. */
    record AddressRange(byte[] network, int prefixBits) {

        static AddressRange parse(String text) {
            var parts = text.trim().split("/", 2);
            var address = literal(parts[0]);
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in trusted proxy range " + text);
            }
            return new AddressRange(address, bits);
        }

        boolean contains(String text) {
            byte[] address;
            try {
                address = literal(text);
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixBits / 8;
            if (!Arrays.equals(address, 0, fullBytes, network, 0, fullBytes)) {
                return false;
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }

        /** Parses an IP literal without ever resolving a host name. */
        private static byte[] literal(String text) {
            var candidate = text.trim();
            if (!candidate.matches("[0-9a-fA-F:.]+") || candidate.isEmpty()) {
                throw new IllegalArgumentException("Not an IP address: " + text);
            }
            try {
                return InetAddress.getByName(candidate).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address: " + text, e);
            }
        }
    }
}
