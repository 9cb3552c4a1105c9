package clinic.consult.calendar;

import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.location.LocationService;
import clinic.consult.location.LocationView;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Staff calendar feeds' keys: one secret key per staff member, for the locations their token allowed when they asked
 * for it ({@link CalendarService} answers the calendars).
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final Logger LOG = Logger.getLogger(CalendarFeedService.class);
    static final String FEED_SUFFIX = ".ics";

    private final CalendarFeedRepository feeds;
    private final LocationService locations;
    private final AuditService audit;
    private final AdvisoryLocks locks;
    private final CalendarConfig config;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            LocationService locations,
            AuditService audit,
            AdvisoryLocks locks,
            CalendarConfig config,
            Clock clock) {
        this.feeds = feeds;
        this.locations = locations;
        this.audit = audit;
        this.locks = locks;
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
        var feed = CalendarFeed.of(
                staff.subject(),
                locationIds,
                now,
                now.atOffset(ZoneOffset.UTC).plus(config.keyValidFor()).toInstant());
        var shown = shownBy(feed);
        if (shown.isEmpty()) {
            throw new ForbiddenException();
        }
        locks.lock(List.of("calendar-feed:" + staff.subject()));
        int replaced = feeds.revokeAllOf(staff.subject(), now);
        var key = FeedKeys.newKey();
        feed.keyHash = FeedKeys.hash(key);
        feeds.persist(feed);
        audit.record(
                staff,
                AuditAction.CALENDAR_FEED_CREATED,
                null,
                "calendar feed " + feed.id + (replaced > 0 ? ", replacing the previous key" : ""));
        LOG.infof("Calendar feed %s created", feed.id);
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

    private CalendarFeed visible(UUID id, Staff staff, boolean admin) {
        return feeds.live(id, clock.instant())
                .filter(feed -> admin || feed.subject.equals(staff.subject()))
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
                feed.id,
                feed.subject,
                shown.stream().map(LocationView::id).toList(),
                feed.createdAt,
                feed.expiresAt,
                feed.lastReadAt);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
