package clinic.consult.appointment;

import clinic.consult.lead.LeadProgress;
import clinic.consult.lead.LeadTokens;
import clinic.consult.lead.intake.ClientInfo;
import clinic.consult.lead.intake.LeadIntakeService;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.RandomSecrets;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Who may do what with appointments, in one place. Staff work within their token's locations; the public reaches an
 * appointment only with its live manage token (the booking answer's, or the link of its latest email), and books
 * only for a person it sends or a lead token it holds. A refusal about an existing appointment or lead is the 404 of
 * one that does not exist, so ids and tokens cannot be probed.
 */
@ApplicationScoped
class AppointmentAccess {

    private final AppointmentRepository appointments;
    private final ManageLinks manageLinks;
    private final LeadIntakeService intake;
    private final LeadTokens leadTokens;
    private final LeadProgress leads;
    private final Clock clock;

    AppointmentAccess(
            AppointmentRepository appointments,
            ManageLinks manageLinks,
            LeadIntakeService intake,
            LeadTokens leadTokens,
            LeadProgress leads,
            Clock clock) {
        this.appointments = appointments;
        this.manageLinks = manageLinks;
        this.intake = intake;
        this.leadTokens = leadTokens;
        this.leads = leads;
        this.clock = clock;
    }

    /** The appointment, if the caller may see it. */
    Appointment toRead(UUID id, Caller caller) {
        return accessible(id, caller, false);
    }

    /** The appointment, locked, if the caller may change it: booked (else a 409), and for the public not yet over. */
    Appointment toChange(UUID id, Caller caller) {
        return accessible(id, caller, true);
    }

    /** Staff book only at their locations (a 403: the location is public); the public books anywhere. */
    void checkMayBookAt(String locationId, Caller caller) {
        caller.staff().ifPresent(staff -> {
            if (!staff.mayWorkAt(locationId)) {
                throw new ForbiddenException();
            }
        });
    }

    /** A location's day list is for its staff; another location's is the 404 of one that does not exist. */
    void checkMayList(String locationId, Staff staff) {
        if (!staff.mayWorkAt(locationId)) {
            throw new NotFoundException("Location", locationId);
        }
    }

    /**
     * The lead a booking is for: the person it sends (stored as a new consultation request, routed to the location
     * they picked), the lead of a lead token, or, for staff only, a lead of their locations by id.
     */
    UUID leadFor(AppointmentRequest request, ClientInfo client, Caller caller) {
        if (request.lead() != null) {
            // the person picked this location's time: their lead goes to its front desk
            return intake.receiveForBooking(request.lead().preferring(request.locationId()), client)
                    .id();
        }
        if (request.leadToken() != null) {
            return leadTokens.verify(request.leadToken()).orElseThrow(InvalidLeadTokenException::new);
        }
        var staff = caller.staff().orElseThrow(ForbiddenException::new);
        var location = leads.locationOf(request.leadId());
        if (location.isEmpty() || !staff.mayWorkAt(location.get())) {
            throw new NotFoundException("Lead", request.leadId());
        }
        return request.leadId();
    }

    private Appointment accessible(UUID id, Caller caller, boolean toChange) {
        if (caller.manageToken().isEmpty() && caller.staff().isEmpty()) {
            throw new ManageTokenRequiredException();
        }
        var appointment = (toChange ? appointments.lock(id) : appointments.findByIdOptional(id))
                .orElseThrow(() -> new NotFoundException("Appointment", id));
        if (caller.staff().isPresent()) {
            if (!caller.staff().get().mayWorkAt(appointment.locationId)) {
                throw new NotFoundException("Appointment", id);
            }
            if (toChange && appointment.status != AppointmentStatus.BOOKED) {
                throw new AppointmentStateException("The appointment is " + appointment.status + ", not BOOKED");
            }
            return appointment;
        }
        var token = caller.manageToken().get();
        // a cancellation moves the sequence on: the link of the email it followed still reads the appointment
        var cancelledLink = appointment.status == AppointmentStatus.CANCELLED
                && manageLinks.matches(id, appointment.icalSequence - 1, token);
        var genuine = RandomSecrets.matches(token, appointment.manageTokenHash)
                || manageLinks.matches(id, appointment.icalSequence, token)
                || cancelledLink;
        if (!genuine || !appointment.acceptsManageToken(clock.instant())) {
            throw new NotFoundException("Appointment", id);
        }
        if (toChange && appointment.status != AppointmentStatus.BOOKED) {
            throw new AppointmentStateException("The appointment was cancelled: book a new time instead");
        }
        return appointment;
    }
}
