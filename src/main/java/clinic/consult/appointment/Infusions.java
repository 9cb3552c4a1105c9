package clinic.consult.appointment;

import clinic.consult.security.RandomSecrets;
import clinic.consult.slot.SeatClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The infusions of treatment series, stored as appointments that name their series: the series feature books them
 * here, in its transaction, on seats it claimed. The person's confirmation is the series' (one for all of them).
 */
@ApplicationScoped
public class Infusions {

    private final AppointmentRepository appointments;
    private final SeatClaims seats;
    private final Event<AppointmentChanged> changes;

    Infusions(AppointmentRepository appointments, SeatClaims seats, Event<AppointmentChanged> changes) {
        this.appointments = appointments;
        this.seats = seats;
        this.changes = changes;
    }

    /** One infusion of a series on a claimed seat. */
    public record Booking(
            UUID seriesId, int position, UUID leadId, String locationId, String typeId, SeatClaims.Claim claim) {}

    /** Stores the infusion, booked; other systems hear of it as of any booking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InfusionView book(Booking booking, String actor, Instant now) {
        var appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.locationId = booking.locationId();
        appointment.appointmentTypeId = booking.typeId();
        appointment.leadId = booking.leadId();
        appointment.status = AppointmentStatus.BOOKED;
        appointment.startAt = booking.claim().start();
        appointment.endAt = booking.claim().end();
        appointment.blocksUntil = booking.claim().blocksUntil();
        // infusions are managed by staff: the token exists because every appointment has one, and is never given out
        appointment.manageTokenHash = RandomSecrets.hash(RandomSecrets.newSecret());
        appointment.icalSequence = 0;
        appointment.seriesId = booking.seriesId();
        appointment.seriesPosition = booking.position();
        appointment.createdAt = now;
        appointment.updatedAt = now;
        appointments.persist(appointment);
        changes.fire(AppointmentChanged.of(AppointmentChanged.Change.BOOKED, appointment, actor, now));
        return InfusionView.of(appointment, booking.claim().zone());
    }

    /** Moves an infusion to a seat claimed for it (its own old time excepted); other systems hear of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InfusionView move(UUID appointmentId, SeatClaims.Claim claim, String actor, Instant now) {
        var appointment = appointments.lock(appointmentId).orElseThrow();
        appointment.startAt = claim.start();
        appointment.endAt = claim.end();
        appointment.blocksUntil = claim.blocksUntil();
        appointment.icalSequence++;
        appointment.updatedAt = now;
        changes.fire(AppointmentChanged.of(AppointmentChanged.Change.RESCHEDULED, appointment, actor, now));
        return InfusionView.of(appointment, claim.zone());
    }

    /** Cancels the series' infusions that are booked and not yet started, freeing their chairs; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelUpcoming(UUID seriesId, String actor, Instant now) {
        int cancelled = 0;
        for (var appointment : appointments.list("seriesId = ?1 order by seriesPosition", seriesId)) {
            if (appointment.status == AppointmentStatus.BOOKED && appointment.startAt.isAfter(now)) {
                appointment.status = AppointmentStatus.CANCELLED;
                appointment.cancelledAt = now;
                appointment.icalSequence++;
                appointment.updatedAt = now;
                seats.seatFreed(appointment.locationId);
                changes.fire(AppointmentChanged.of(AppointmentChanged.Change.CANCELLED, appointment, actor, now));
                cancelled++;
            }
        }
        return cancelled;
    }

    /** How many of a series' infusions are still booked (neither held, missed nor cancelled). */
    public long stillBooked(UUID seriesId) {
        return appointments.count("seriesId = ?1 and status = ?2", seriesId, AppointmentStatus.BOOKED);
    }

    /** How many infusions of each of these series took place. */
    public java.util.Map<UUID, Long> completedOf(java.util.Collection<UUID> seriesIds) {
        var done = new java.util.HashMap<UUID, Long>();
        if (!seriesIds.isEmpty()) {
            appointments
                    .getEntityManager()
                    .createQuery(
                            "select a.seriesId, count(a) from Appointment a where a.seriesId in ?1 and a.status = ?2"
                                    + " group by a.seriesId",
                            Object[].class)
                    .setParameter(1, seriesIds)
                    .setParameter(2, AppointmentStatus.COMPLETED)
                    .getResultList()
                    .forEach(row -> done.put((UUID) row[0], (Long) row[1]));
        }
        return done;
    }

    /** A series' infusions, in their order. */
    public List<InfusionView> ofSeries(UUID seriesId, ZoneId zone) {
        return appointments.list("seriesId = ?1 order by seriesPosition", seriesId).stream()
                .map(appointment -> InfusionView.of(appointment, zone))
                .toList();
    }
}
