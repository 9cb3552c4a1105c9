package clinic.consult.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the emails say and where they go. SMTP itself (host, port, TLS, user, password, sender) is Quarkus mailer
 * configuration ({@code QUARKUS_MAILER_*}).
 */
@ConfigMapping(prefix = "consult.mail")
public interface MailConfig {

    /** The public website, for the links in emails: {@code /appointments/{id}?token=...}, {@code /book?...}. */
    URI publicBaseUrl();

    /** The staff tools, for the link in new-lead emails ({@code /leads/{id}}); the public URL + /staff when unset. */
    Optional<URI> staffBaseUrl();

    /** Reply-To of every email to a person (the front desk), when replies should not go to the sender. */
    Optional<String> replyTo();

    /** Where new-lead emails of a location with no inbox of its own go. */
    Optional<String> clinicInbox();

    /**
     * Per-location inboxes, {@code location-id=address} entries; they win over the address stored with the location
     * (PUT /api/v1/locations/{id}, field email).
     */
    Optional<List<String>> locationInboxes();

    /** How long before an appointment its reminder goes out. */
    @WithDefault("24H")
    Duration reminderBefore();

    /** How long after a completed treatment series the person hears from the clinic about a booster. */
    @WithDefault("42D")
    Duration followUpAfterSeries();

    Delivery delivery();

    PerAddress perAddress();

    /**
     * "We received your request" emails, which anyone can cause by typing an address into the public form, go to one
     * address at most this often; the rest are recorded SKIPPED (staff see them with the reason) instead of sent, so
     * nobody can make the clinic write to someone over and over. (Referral invitations have their own rule: one per
     * address in 30 days.)
     */
    interface PerAddress {

        /** Receipts one address gets in a window. */
        @WithDefault("1")
        int receipts();

        @WithDefault("24H")
        Duration window();
    }

    interface Delivery {

        /** How often each instance looks for due messages ("off" stops the worker on an instance). */
        @WithDefault("5s")
        String pollEvery();

        /**
         * Messages one worker sends at the same time: one that stalls the mail client or the server holds one of
         * these, never the others.
         */
        @WithDefault("4")
        int parallel();

        /** Attempts before a message is FAILED. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one, with jitter. */
        @WithDefault("30S")
        Duration retryInitial();

        @WithDefault("1H")
        Duration retryMax();

        /** Longest wait for the SMTP server to take one message; at most half the lease. */
        @WithDefault("30S")
        Duration sendTimeout();

        /**
         * How long a claimed message is out of other workers' reach. The worker holding it renews the lease every
         * third of it, so a live worker never loses a message it is sending; a worker that dies (kill -9, a lost node)
         * leaves its messages to the others within this time.
         */
        @WithDefault("60S")
        Duration lease();
    }
}
