package clinic.consult.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A waitlist entry as its person and staff see it: where it stands, its place in line (1 is next; null once out of
 * line), and its offers, newest first (the person sees the open one only).
 */
public record WaitlistView(
        UUID id,
        UUID leadId,
        String locationId,
        String type,
        LocalDate from,
        LocalDate to,
        WaitlistRequest.Times times,
        WaitlistStatus status,
        Integer position,
        List<Offer> offers,
        Instant createdAt) {

    /** A seat offered: held until {@code expiresAt}; {@code appointmentId} once accepted. */
    public record Offer(
            UUID id,
            OfferStatus status,
            OffsetDateTime start,
            OffsetDateTime end,
            Instant expiresAt,
            UUID appointmentId) {}
}
