package clinic.consult.notification;

import clinic.consult.notification.text.TextConfig;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The short links texts carry instead of a manage URL with its long token: {@code /s/{code}} on this service, made
 * here and followed by {@link ShortLinkResource}. One per appointment and sequence; none outlives the appointment. A waitlist entry's page has them too.
 */
@ApplicationScoped
class ShortLinks implements PanacheRepositoryBase<ShortLink, String> {

    private static final String ALPHABET = "23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private final SecureRandom random = new SecureRandom();
    private final TextConfig config;

    ShortLinks(TextConfig config) {
        this.config = config;
    }

    /** The link of an appointment's manage page at this sequence, made on first use. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    String of(UUID appointmentId, int sequence, Instant expiresAt) {
        var link = find("appointmentId = ?1 and sequence = ?2", appointmentId, sequence)
                .firstResultOptional()
                .orElseGet(() -> {
                    var made = new ShortLink();
                    made.code = code();
                    made.appointmentId = appointmentId;
                    made.sequence = sequence;
                    made.expiresAt = expiresAt;
                    persist(made);
                    return made;
                });
        return MailRenderer.stripSlash(config.publicUrl().orElseThrow()) + "/s/" + link.code;
    }

    /** The link of a waitlist entry's page, alive until {@code expiresAt}; a new one for each offer. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    String ofWaitlist(UUID entryId, Instant expiresAt) {
        var link = find("waitlistEntryId = ?1 and expiresAt = ?2", entryId, expiresAt)
                .firstResultOptional()
                .orElseGet(() -> {
                    var made = new ShortLink();
                    made.code = code();
                    made.waitlistEntryId = entryId;
                    made.expiresAt = expiresAt;
                    persist(made);
                    return made;
                });
        return MailRenderer.stripSlash(config.publicUrl().orElseThrow()) + "/s/" + link.code;
    }

    /** A link that is still alive at this moment. */
    Optional<ShortLink> alive(String code, Instant now) {
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return findByIdOptional(code).filter(link -> link.expiresAt.isAfter(now));
    }

    private String code() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
