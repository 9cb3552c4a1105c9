package clinic.consult.calendar;

import clinic.consult.appointment.AppointmentStatus;
import clinic.consult.appointment.StandingAppointment;
import clinic.consult.location.LocationView;
import clinic.consult.notification.MailConfig;
import clinic.consult.notification.StaffLinks;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeView;
import clinic.consult.series.SeriesService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One appointment as a staff feed shows it: type, time, lead id and outcome, the place, and a staff link. */
@ApplicationScoped
class FeedEntries {

    private final StaffLinks staffLinks;
    private final SeriesService series;
    private final String uidHost;

    FeedEntries(StaffLinks staffLinks, SeriesService series, MailConfig mail) {
        this.staffLinks = staffLinks;
        this.series = series;
        this.uidHost = mail.publicBaseUrl().getHost();
    }

    /** The entries of a location's appointments; an infusion says its place in its series and the series' progress. */
    List<FeedCalendar.Entry> of(
            List<StandingAppointment> appointments, Map<String, AppointmentTypeView> types, LocationView location) {
        var progress = series.progress(appointments.stream()
                .map(StandingAppointment::seriesId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return appointments.stream()
                .map(appointment -> of(
                        appointment,
                        types.get(appointment.typeId()),
                        location,
                        Optional.ofNullable(appointment.seriesId()).map(progress::get)))
                .toList();
    }

    private FeedCalendar.Entry of(
            StandingAppointment appointment,
            AppointmentTypeView type,
            LocationView location,
            Optional<SeriesService.Progress> progress) {
        var lead = appointment.leadId().toString();
        var kind = (type == null ? "Consultation" : type.name())
                + progress.map(p -> " " + appointment.seriesPosition() + " of " + p.total())
                        .orElse("");
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
                        + progress.map(p -> "\nSeries: " + p.done() + " of " + p.total() + " done")
                                .orElse("")
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
