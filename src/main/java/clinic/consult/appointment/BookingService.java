package clinic.consult.appointment;

import clinic.consult.hold.HoldService;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.lead.intake.ClientInfo;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.RandomSecrets;
import clinic.consult.slot.SeatClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Books consultations. The seat is taken through {@link SeatClaims#claim} in the transaction that stores the
 * appointment, opened here: capacity holds however many requests and instances race for it. The
 * {@code Idempotency-Key} is claimed in the same transaction.
 */
@ApplicationScoped
public class BookingService {

    private static final Logger LOG = Logger.getLogger(BookingService.class);
    static final String SCOPE = "POST /api/v1/appointments";

    private final IdempotencyService idempotency;
    private final AppointmentRepository appointments;
    private final AppointmentAccess access;
    private final SeatClaims seats;
    private final HoldService holds;
    private final ScheduleService schedules;
    private final AppointmentNews news;
    private final Clock clock;

    BookingService(
            IdempotencyService idempotency,
            AppointmentRepository appointments,
            AppointmentAccess access,
            SeatClaims seats,
            HoldService holds,
            ScheduleService schedules,
            AppointmentNews news,
            Clock clock) {
        this.idempotency = idempotency;
        this.appointments = appointments;
        this.access = access;
        this.seats = seats;
        this.holds = holds;
        this.schedules = schedules;
        this.news = news;
        this.clock = clock;
    }

    /**
     * Books a consultation, all or nothing: when the time is gone, nothing is stored, details sent inline included
     * (front ends that must keep the request either way send it to POST /api/v1/leads first and book with its
     * leadToken). A retry with the same key gets the appointment it booked, with a new manage token: the first
     * answer's token was never stored, so it cannot be sent again, and it stops working.
     */
    @Transactional
    public Reply book(String idempotencyKey, AppointmentRequest request, ClientInfo client, Caller caller) {
        var reply = idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var booked = book(request, client, caller);
            return Reply.created(booked, URI.create("/api/v1/appointments/" + booked.id()))
                    .storing(booked.withoutToken());
        });
        if (reply.replayed() && reply.status() == 201) {
            var path = reply.location().getPath();
            var id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            return Reply.created(reissueManageToken(id), reply.location());
        }
        return reply;
    }

    private AppointmentBooked book(AppointmentRequest request, ClientInfo client, Caller caller) {
        checkOneLeadReference(request);
        schedules.checkBookable(request.locationId(), request.type());
        access.checkMayBookAt(request.locationId(), caller);
        var start = request.start().toInstant();
        if (request.holdId() == null) {
            // in a rush on a few slots, most of those who lose are told here, before a lead is stored and the
            // booking locks queued for (a held seat is the holder's and is looked at by the claim)
            seats.refuseIfFull(request.locationId(), request.type(), start);
        }
        var leadId = access.leadFor(request, client, caller);
        if (request.leadToken() != null) {
            refuseSecondConsultation(leadId);
        }
        return book(leadId, request.locationId(), request.type(), start, request.holdId(), caller);
    }

    /**
     * Books the seat the waitlist kept for a lead who took its offer, in the caller's transaction. A hold that has
     * ended meanwhile gives nothing, and the booking competes for the seat like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AppointmentBooked bookOffered(
            UUID leadId, UUID holdId, String locationId, String typeId, Instant start, Caller caller) {
        return book(leadId, locationId, typeId, start, holdId, caller);
    }

    private AppointmentBooked book(
            UUID leadId, String locationId, String typeId, Instant start, UUID holdId, Caller caller) {
        UUID heldSeat = null;
        if (holdId != null) {
            heldSeat = holds.consume(holdId, locationId, typeId, start).orElse(null);
        }
        var claim = seats.claim(locationId, typeId, start, null, heldSeat);
        var now = clock.instant();
        var token = RandomSecrets.newSecret();
        var appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.locationId = locationId;
        appointment.appointmentTypeId = typeId;
        appointment.leadId = leadId;
        appointment.status = AppointmentStatus.BOOKED;
        appointment.startAt = claim.start();
        appointment.endAt = claim.end();
        appointment.blocksUntil = claim.blocksUntil();
        appointment.manageTokenHash = RandomSecrets.hash(token);
        appointment.icalSequence = 0;
        appointment.reminderDueAt = news.reminderDue(appointment, now);
        appointment.createdAt = now;
        appointment.updatedAt = now;
        appointments.persist(appointment);
        news.booked(appointment, caller, now);
        LOG.infof("Appointment %s booked at %s/%s for lead %s", appointment.id, claim.start(), locationId, leadId);
        return AppointmentBooked.of(appointment, claim.zone(), token);
    }

    private AppointmentBooked reissueManageToken(UUID id) {
        var appointment = appointments.lock(id).orElseThrow(() -> new NotFoundException("Appointment", id));
        var token = RandomSecrets.newSecret();
        appointment.manageTokenHash = RandomSecrets.hash(token);
        LOG.infof("Appointment %s: manage token issued again for a retried booking", id);
        return AppointmentBooked.of(appointment, schedules.zoneOf(appointment.locationId), token);
    }

    /**
     * A person who has a consultation ahead moves it rather than booking another: a second booking from the same
     * request is almost always a double click or a changed mind. Staff may still book one for them.
     */
    private void refuseSecondConsultation(UUID leadId) {
        appointments.nextConsultation(leadId, clock.instant()).ifPresent(booked -> {
            throw new AppointmentStateException("This person has a consultation booked already (appointment "
                    + booked.id + "): reschedule it with its manage link (POST /api/v1/appointments/" + booked.id
                    + "/reschedule) instead of booking another");
        });
    }

    private static void checkOneLeadReference(AppointmentRequest request) {
        int given = (request.lead() != null ? 1 : 0)
                + (request.leadToken() != null ? 1 : 0)
                + (request.leadId() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidFieldsException(
                    "lead", "give exactly one of lead (the person's details), leadToken or leadId (staff)");
        }
    }
}
