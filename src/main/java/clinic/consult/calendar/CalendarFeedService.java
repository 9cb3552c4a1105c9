package clinic.consult.calendar;

import clinic.consult.appointment.AppointmentService;
import clinic.consult.appointment.AppointmentStatus;
import clinic.consult.appointment.StandingAppointment;
import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.notification.MailConfig;
import clinic.consult.notification.StaffLinks;
import clinic.consult.problem.NotFoundException;
import clinic.consult.schedule.AppointmentType;
import clinic.consult.schedule.AppointmentTypeView;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Staff calendar feeds: a secret key per staff member, for the locations their token allowed when they asked for
 * it, and each location's appointments as a calendar for that key. A feed shows appointment types, times, lead ids
 * and links into the staff tools, never a name, a contact detail or a condition; every read is audited, on each
 * lead shown too, under the key's owner.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final Logger LOG = Logger.getLogger(CalendarFeedService.class);
    static final String FEED_SUFFIX = ".ics";

    private final CalendarFeedRepository feeds;
    private final AppointmentService appointments;
    private final LocationService locations;
    private final ScheduleService schedules;
    private final AuditService audit;
    private final AdvisoryLocks locks;
    private final StaffLinks staffLinks;
    private final String uidHost;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            AppointmentService appointments,
            LocationService locations,
            ScheduleService schedules,
            AuditService audit,
            AdvisoryLocks locks,
            StaffLinks staffLinks,
            MailConfig mail,
            CalendarConfig config,
            Clock clock) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.locations = locations;
        this.schedules = schedules;
        this.audit = audit;
        this.locks = locks;
        this.staffLinks = staffLinks;
        this.uidHost = mail.publicBaseUrl().getHost();
        this.config = config;
        this.clock = clock;
    }

    /**
     * A new key for the caller, replacing any they had (a calendar still subscribed with the old URL stops
     * updating). It shows the locations the caller's token allows now; a token that allows none gets no key.
     */
    @Transactional
    public CalendarFeedCreated create(Staff staff) {
        var locationIds = staff.locations().map(ids -> ids.stream().sorted().toList());
        var now = clock.instant();
        var feed = new CalendarFeed(
                UUID.randomUUID(),
                staff.subject(),
                locationIds,
                now,
                now.atOffset(ZoneOffset.UTC).plus(config.keyValidFor()).toInstant(),
                null,
                null);
        var shown = shownBy(feed);
        if (shown.isEmpty()) {
            throw new ForbiddenException();
        }
        locks.lock(List.of("calendar-feed:" + staff.subject()));
        int replaced = feeds.revokeAllOf(staff.subject(), now);
        var key = FeedKeys.newKey();
        feeds.insert(feed, FeedKeys.hash(key));
        audit.record(
                staff,
                AuditAction.CALENDAR_FEED_CREATED,
                null,
                "calendar feed " + feed.id() + (replaced > 0 ? ", replacing the previous key" : ""));
        LOG.infof("Calendar feed %s created", feed.id());
        var base = stripSlash(config.baseUrl().toString());
        var urls = shown.stream()
                .map(location -> new CalendarFeedCreated.FeedUrl(
                        location.id(),
                        location.name(),
                        base + "/api/v1/calendars/" + key + "/" + location.id() + FEED_SUFFIX))
                .toList();
        return new CalendarFeedCreated(view(feed, shown), key, urls);
    }

    /** Live keys: the caller's own, or for an admin everyone's. */
    public List<CalendarFeedView> list(Staff staff, boolean admin) {
        var all = locations.list();
        return feeds.live(admin ? Optional.empty() : Optional.of(staff.subject()), clock.instant()).stream()
                .map(feed -> view(feed, shown(feed, all)))
                .toList();
    }

    public CalendarFeedView get(UUID id, Staff staff, boolean admin) {
        var feed = visible(id, staff, admin);
        return view(feed, shownBy(feed));
    }

    /** Revokes a live key: the caller's own, or for an admin anyone's. Its URLs answer 404 from now on. */
    @Transactional
    public void revoke(UUID id, Staff staff, boolean admin) {
        visible(id, staff, admin);
        if (!feeds.revoke(id, clock.instant())) {
            throw new NotFoundException("Calendar feed", id);
        }
        audit.record(staff, AuditAction.CALENDAR_FEED_REVOKED, null, "calendar feed " + id);
        LOG.infof("Calendar feed %s revoked", id);
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
        var entries = shown.stream()
                .map(appointment -> entry(appointment, types.get(appointment.typeId()), location.get()))
                .toList();

        var owner = new Staff(feed.subject(), feed.locationIds().map(Set::copyOf), clientIp);
        audit.record(
                owner,
                AuditAction.CALENDAR_FEED_READ,
                null,
                "calendar feed " + feed.id() + " of " + locationId + ": " + entries.size() + " appointments");
        audit.recordEach(
                owner,
                AuditAction.APPOINTMENT_LISTED,
                shown.stream().map(StandingAppointment::leadId).distinct().toList(),
                "calendar feed " + feed.id());
        feeds.markRead(feed.id(), now);
        return Optional.of(
                FeedCalendar.of("Consultations · " + location.get().name(), zone, entries, now, config.refreshEvery()));
    }

    private FeedCalendar.Entry entry(StandingAppointment appointment, AppointmentTypeView type, LocationView location) {
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

    private CalendarFeed visible(UUID id, Staff staff, boolean admin) {
        return feeds.live(id, clock.instant())
                .filter(feed -> admin || feed.subject().equals(staff.subject()))
                .orElseThrow(() -> new NotFoundException("Calendar feed", id));
    }

    private List<LocationView> shownBy(CalendarFeed feed) {
        return shown(feed, locations.list());
    }

    private static List<LocationView> shown(CalendarFeed feed, List<LocationView> all) {
        return all.stream().filter(location -> feed.shows(location.id())).toList();
    }

    private static CalendarFeedView view(CalendarFeed feed, List<LocationView> shown) {
        return new CalendarFeedView(
                feed.id(),
                feed.subject(),
                shown.stream().map(LocationView::id).toList(),
                feed.createdAt(),
                feed.expiresAt(),
                feed.lastReadAt());
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
