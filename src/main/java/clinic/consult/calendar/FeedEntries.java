package clinic.consult.calendar;

import clinic.consult.appointment.AppointmentStatus;
import clinic.consult.appointment.StandingAppointment;
import clinic.consult.location.LocationView;
import clinic.consult.notification.MailConfig;
import clinic.consult.notification.StaffLinks;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.stream.Stream;

/** One appointment as a staff feed shows it: type, time, lead id and outcome, the place, and a staff link. */
@ApplicationScoped
class FeedEntries {

    private final StaffLinks staffLinks;
    private final String uidHost;

    FeedEntries(StaffLinks staffLinks, MailConfig mail) {
        this.staffLinks = staffLinks;
        this.uidHost = mail.publicBaseUrl().getHost();
    }

    FeedCalendar.Entry of(StandingAppointment appointment, AppointmentTypeView type, LocationView location) {
        var lead = appointment.leadId().toString();
        var kind = type == null ? "Consultation" : type.name();
        var outcome =
                switch (appointment.status()) {
                    case COMPLETED -> " (completed)";
                    case NO_SHOW -> " (no-show)";
                    default -> "";
                };
        var inPerson = type == null || type.mode() == AppointmentType.Mode.IN_PERSON;
        var link = staffLinks.lead(appointment.leadId());
        return new FeedCalendar.Entry(
                appointment.id() + "-staff@" + uidHost,
                appointment.sequence(),
                appointment.start(),
                appointment.end(),
                appointment.updatedAt(),
                kind + " · lead " + lead.substring(0, 8) + outcome,
                inPerson ? where(location) : "Virtual (video call)",
                "Lead " + lead + (appointment.status() == AppointmentStatus.BOOKED ? "" : ", " + appointment.status())
                        + "\n" + link,
                link);
    }

    /** The clinic's name and address ("Tustin" once, not "Tustin, Tustin"): the only place a feed names. */
    private static String where(LocationView location) {
        var address = location.address();
        var parts = new LinkedHashSet<String>();
        parts.add(location.name());
        if (address != null) {
            Stream.of(address.line1(), address.line2(), address.city())
                    .filter(Objects::nonNull)
                    .forEach(parts::add);
        }
        return String.join(", ", parts);
    }
}
