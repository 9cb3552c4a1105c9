package clinic.consult.appointment;

import clinic.consult.notification.Message;
import clinic.consult.notification.NotificationType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A booked consultation. Its seat counts until it is cancelled. */
@Entity
@Table(name = "appointments")
public class Appointment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public String appointmentTypeId;

    @Column(nullable = false)
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    @Column(nullable = false)
    public Instant startAt;

    @Column(nullable = false)
    public Instant endAt;

    @Column(nullable = false)
    public Instant blocksUntil;

    /** SHA-256 of the manage token, hex; the token itself is only ever in the booking answer. */
    @Column(nullable = false)
    public String manageTokenHash;

    public String cancelReason;
    public Instant cancelledAt;

    /** iCalendar SEQUENCE of the invitations: 0 when booked, raised by each reschedule and by cancellation. */
    public int icalSequence;

    /** When the reminder is to be queued; null when none is due. */
    public Instant reminderDueAt;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** The treatment series this appointment is an infusion of, and its place in it; null for consultations. */
    public UUID seriesId;

    public Integer seriesPosition;

    @Version
    public long version;

    /** The person's email about this appointment as it now stands. */
    Message message(NotificationType type) {
        return Message.aboutAppointment(type, null, leadId, locationId, id, icalSequence, startAt, endAt);
    }

    /**
     * A manage token opens the appointment until its time has passed: booked, to see and change it; cancelled, to see
     * that it was (a reload of the manage page says so).
     */
    boolean acceptsManageToken(Instant now) {
        return (status == AppointmentStatus.BOOKED || status == AppointmentStatus.CANCELLED) && endAt.isAfter(now);
    }
}
