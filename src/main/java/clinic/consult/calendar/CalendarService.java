package clinic.consult.calendar;

import clinic.consult.appointment.AppointmentService;
import clinic.consult.appointment.StandingAppointment;
import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.location.LocationService;
import clinic.consult.schedule.AppointmentTypeView;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each location's appointments as a calendar for a live feed key. A feed shows appointment types, times, lead ids and
 * links into the staff tools, never a name, a contact detail or a condition; every read is audited, on each lead
 * shown too, under the key's owner.
 */
@ApplicationScoped
public class CalendarService {

    private final CalendarFeedRepository feeds;
    private final AppointmentService appointments;
    private final LocationService locations;
    private final ScheduleService schedules;
    private final FeedEntries entries;
    private final AuditService audit;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarService(
            CalendarFeedRepository feeds,
            AppointmentService appointments,
            LocationService locations,
            ScheduleService schedules,
            FeedEntries entries,
            AuditService audit,
            CalendarConfig config,
            Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.locations = locations;
        this.schedules = schedules;
        this.entries = entries;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The location's calendar for a key, or empty when the key is not live or does not show the location: the two
     * alike, so neither keys nor their locations can be probed.
     */
    @Transactional
    public Optional<byte[]> calendar(String key, String locationId, String clientIp) {
        if (!FeedKeys.wellFormed(key)) {
            return Optional.empty();
        }
        var now = clock.instant();
        var found = feeds.liveByKey(FeedKeys.hash(key), now).filter(feed -> feed.shows(locationId));
        var location = found.flatMap(feed -> locations.recent(locationId));
        if (location.isEmpty()) {
            return Optional.empty();
        }
        var feed = found.get();
        var zone = ZoneId.of(location.get().timeZone());
        var today = now.atZone(zone).toLocalDate();
        var shown = appointments.standing(
                locationId,
                today.minus(config.past()).atStartOfDay(zone).toInstant(),
                today.plus(config.ahead()).plusDays(1).atStartOfDay(zone).toInstant());
        var types = schedules.types().stream().collect(Collectors.toMap(AppointmentTypeView::id, Function.identity()));
        var listed = entries.of(shown, types, location.get());

        var owner = new Staff(feed.subject, feed.locations().map(Set::copyOf), clientIp);
        audit.record(
                owner,
                AuditAction.CALENDAR_FEED_READ,
                null,
                "calendar feed " + feed.id + " of " + locationId + ": " + listed.size() + " appointments");
        audit.recordEach(
                owner,
                AuditAction.APPOINTMENT_LISTED,
                shown.stream().map(StandingAppointment::leadId).distinct().toList(),
                "calendar feed " + feed.id);
        feed.lastReadAt = now;
        return Optional.of(
                FeedCalendar.of("Consultations · " + location.get().name(), zone, listed, now, config.refreshEvery()));
    }
}
