package clinic.consult.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "consult.http")
public interface HttpConfig {

    /**
     * Addresses or CIDR ranges of the reverse proxies / load balancers in front of the service. Only a request from
     * one of them may name the client in {@code X-Forwarded-For}; from anyone else the header is ignored.
     */
    Optional<List<String>> trustedProxies();

    /**
     * Origins (scheme, host and port) whose pages may call the API from a browser, e.g. the clinic's website.
     * Requests from any other origin get no CORS headers; a wildcard is not accepted.
     */
    Optional<List<String>> corsOrigins();

    RateLimit rateLimit();

    TokenFailures tokenFailures();

    /**
     * Per-client budget of wrong tokens (manage tokens, lead tokens): once spent, every request of the client that
     * carries such a token is refused until the budget refills, right or wrong.
     */
    interface TokenFailures {

        /** Wrong tokens a client may send before being refused. */
        @WithDefault("10")
        int burst();

        /** Wrong tokens per minute the budget regains. */
        @WithDefault("1")
        int perMinute();
    }

    interface RateLimit {

        /** Per-client limit on public writes (form posts, bookings). */
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may send at once before being slowed down. */
        @WithDefault("20")
        int burst();

        /** Sustained requests per minute per client once the burst is used. */
        @WithDefault("30")
        int perMinute();
    }
}
