package clinic.consult.slot;

import static clinic.consult.db.JdbcTimes.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What is taken at a (location, type): booked appointments (any status but cancelled) and holds neither released nor
 * expired, buffer included. The one place that reads both tables; an expired hold stops counting by the time
 * comparison itself, so nothing has to delete it first.
 */
@ApplicationScoped
public class TakenTimeRepository {

    // slots and buffers are under a day long (schedule limits), so no claim starting earlier reaches the window
    private static final Duration LONGEST_CLAIM = Duration.ofDays(1);
    private static final UUID NONE = new UUID(0, 0);

    private static final String TAKEN =
            """
            select start_at, blocks_until from appointments
            where location_id = ? and appointment_type_id = ? and status <> 'CANCELLED'
              and start_at > ? and start_at < ? and blocks_until > ? and id <> ?
            union all
            select start_at, blocks_until from holds
            where location_id = ? and appointment_type_id = ? and released_at is null and expires_at > ?
              and start_at > ? and start_at < ? and blocks_until > ? and id <> ?""";

    private final EntityManager entityManager;

    TakenTimeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims overlapping [from, to) at {@code now}, leaving out the appointment being rescheduled and the hold being
     * consumed, if any.
     */
    public List<SlotRules.Taken> overlapping(
            String locationId,
            String typeId,
            Instant from,
            Instant to,
            Instant now,
            UUID exceptAppointment,
            UUID exceptHold) {
        var earliest = utc(from.minus(LONGEST_CLAIM));
        var ignoredAppointment = exceptAppointment == null ? NONE : exceptAppointment;
        var ignoredHold = exceptHold == null ? NONE : exceptHold;
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var select = connection.prepareStatement(TAKEN)) {
                Object[] values = {
                    locationId,
                    typeId,
                    earliest,
                    utc(to),
                    utc(from),
                    ignoredAppointment,
                    locationId,
                    typeId,
                    utc(now),
                    earliest,
                    utc(to),
                    utc(from),
                    ignoredHold
                };
                for (int i = 0; i < values.length; i++) {
                    select.setObject(i + 1, values[i]);
                }
                var taken = new ArrayList<SlotRules.Taken>();
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        taken.add(new SlotRules.Taken(
                                rows.getObject(1, OffsetDateTime.class).toInstant(),
                                rows.getObject(2, OffsetDateTime.class).toInstant()));
                    }
                }
                return taken;
            }
        });
    }
}
