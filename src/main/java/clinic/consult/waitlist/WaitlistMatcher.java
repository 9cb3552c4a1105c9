package clinic.consult.waitlist;

import clinic.consult.db.AdvisoryLocks;
import clinic.consult.db.DatabaseFaults;
import clinic.consult.hold.HoldService;
import clinic.consult.notification.text.QuietHours;
import clinic.consult.notification.text.TextConfig;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.slot.OpenSeats;
import clinic.consult.slot.TimePreference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Offers freed seats to the people in line, first come first served. Each run goes over every line in a transaction
 * of its own: offers that ended unanswered lapse (the person keeps their place, but not that seat), then each person
 * waiting, in order, is offered the earliest free seat that fits them. An offer is a hold, so the seat counts as
 * taken until the offer ends, under the same booking locks as any booking: one seat is never offered to two people,
 * whichever instances run. One instance at a time works a line (the others skip it); a run that dies leaves nothing
 * half made, and the next one, on any instance, goes on.
 */
@ApplicationScoped
public class WaitlistMatcher {

    private static final Logger LOG = Logger.getLogger(WaitlistMatcher.class);
    // offers one run makes in one line, at most: the rest wait for the next run
    private static final int MAX_OFFERS_PER_RUN = 50;

    private final WaitlistRepository entries;
    private final OfferRepository offers;
    private final OpenSeats seats;
    private final HoldService holds;
    private final ScheduleService schedules;
    private final AdvisoryLocks locks;
    private final WaitlistNews news;
    private final Settings settings;

    /** What the matcher reads besides the database: its own settings, the quiet hours, the clock, the job guard. */
    // a singleton, not a client proxy: its fields are read directly
    @Singleton
    static class Settings {
        final WaitlistConfig config;
        final QuietHours quiet;
        final Clock clock;
        final DatabaseFaults faults;

        Settings(WaitlistConfig config, TextConfig texts, Clock clock, DatabaseFaults faults) {
            this.config = config;
            this.quiet = QuietHours.of(texts);
            this.clock = clock;
            this.faults = faults;
        }
    }

    WaitlistMatcher(
            WaitlistRepository entries,
            OfferRepository offers,
            OpenSeats seats,
            HoldService holds,
            ScheduleService schedules,
            AdvisoryLocks locks,
            WaitlistNews news,
            Settings settings) {
        this.entries = entries;
        this.offers = offers;
        this.seats = seats;
        this.holds = holds;
        this.schedules = schedules;
        this.locks = locks;
        this.news = news;
        this.settings = settings;
    }

    @Scheduled(
            identity = "waitlist-matcher",
            every = "${consult.waitlist.match-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        settings.faults.runJob("waitlist-matcher", this::matchAll);
    }

    /** Works every line once; returns how many offers it made. Callable from any thread. */
    @ActivateRequestContext
    public int matchAll() {
        var lines = QuarkusTransaction.requiringNew().call(entries::lines);
        int made = 0;
        for (var line : lines) {
            made += match(line);
        }
        return made;
    }

    /** Works one line in a transaction of its own; none when another instance is working it now. */
    @ActivateRequestContext
    public int match(String locationId, String typeId) {
        return match(new WaitlistRepository.Line(locationId, typeId));
    }

    private int match(WaitlistRepository.Line line) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!locks.tryLock("waitlist:" + line.locationId() + ":" + line.typeId())) {
                return 0;
            }
            return offerIn(line);
        });
    }

    private int offerIn(WaitlistRepository.Line line) {
        var now = settings.clock.instant();
        var zone = schedules.zoneOf(line.locationId());
        var today = now.atZone(zone).toLocalDate();
        var inLine = entries.inLine(line);
        var byId = inLine.stream().collect(Collectors.toMap(entry -> entry.id, entry -> entry));
        for (var lapsed : offers.lapsed(byId.keySet(), now)) {
            lapse(lapsed, byId.get(lapsed.entryId), now);
        }
        var waiting = inLine.stream()
                .filter(entry -> entry.status == WaitlistStatus.WAITING)
                .filter(entry -> !ended(entry, today, now))
                .toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        var window = OfferWindow.of(now, settings.config.offerFor(), settings.quiet, zone);
        var from = waiting.stream()
                .map(entry -> later(entry.fromDate, today))
                .min(LocalDate::compareTo)
                .orElseThrow();
        var to = waiting.stream()
                .map(entry -> entry.toDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
        // free seats as bookable when an offer made now ends, so a confirmed offer always books
        var free = new HashMap<Instant, OpenSeats.Free>();
        seats.free(line.locationId(), line.typeId(), from, to, window.until())
                .forEach(seat -> free.put(seat.start(), seat));
        int made = 0;
        for (var entry : waiting) {
            if (made == MAX_OFFERS_PER_RUN || free.isEmpty()) {
                break;
            }
            if (offer(entry, free, window, zone, today)) {
                made++;
            }
        }
        return made;
    }

    /** Offers the earliest free seat that fits the entry and that it was not offered before. */
    private boolean offer(
            WaitlistEntry entry, Map<Instant, OpenSeats.Free> free, OfferWindow window, ZoneId zone, LocalDate today) {
        var passed = offers.of(entry.id).stream().map(offer -> offer.startAt).collect(Collectors.toSet());
        var times = new TimePreference(entry.afterTime, entry.beforeTime, entry.weekdays, true);
        var first = later(entry.fromDate, today);
        var fitting = free.values().stream()
                .filter(seat -> !passed.contains(seat.start()))
                .filter(seat -> {
                    var date = seat.start().atZone(zone).toLocalDate();
                    return !date.isBefore(first) && !date.isAfter(entry.toDate);
                })
                .filter(seat -> times.prefers(
                        seat.start().atZone(zone).toLocalDateTime(),
                        seat.end().atZone(zone).toLocalDateTime()))
                .sorted(java.util.Comparator.comparing(OpenSeats.Free::start))
                .toList();
        for (var seat : fitting) {
            var hold = holds.holdForOffer(entry.locationId, entry.appointmentTypeId, seat.start(), window.until());
            taken(free, seat);
            if (hold.isPresent()) {
                var now = settings.clock.instant();
                var offer = new WaitlistOffer();
                offer.id = UUID.randomUUID();
                offer.entryId = entry.id;
                offer.holdId = hold.get().id();
                offer.startAt = seat.start();
                offer.endAt = seat.end();
                offer.offeredAt = window.from();
                offer.expiresAt = window.until();
                offer.status = OfferStatus.OPEN;
                offer.createdAt = now;
                offers.persist(offer);
                entry.status = WaitlistStatus.OFFERED;
                entry.updatedAt = now;
                news.offered(entry, offer);
                LOG.infof(
                        "Waitlist entry %s offered %s (offer %s, hold %s)",
                        entry.id, seat.start(), offer.id, offer.holdId);
                return true;
            }
        }
        return false;
    }

    /** One seat of a start is gone (offered now, or found taken): the start leaves the list with its last seat. */
    private static void taken(Map<Instant, OpenSeats.Free> free, OpenSeats.Free seat) {
        if (seat.seats() <= 1) {
            free.remove(seat.start());
        } else {
            free.put(seat.start(), new OpenSeats.Free(seat.start(), seat.end(), seat.seats() - 1));
        }
    }

    /**
     * An offer ended unanswered: its hold ended with it, and the person is back in their place, not to be offered
     * that seat again. After {@code consult.waitlist.missed-offers} such offers, they leave the line.
     */
    private void lapse(WaitlistOffer offer, WaitlistEntry entry, Instant now) {
        offer.status = OfferStatus.EXPIRED;
        offer.answeredAt = now;
        entry.updatedAt = now;
        var missed = offers.of(entry.id).stream()
                .filter(one -> one.status == OfferStatus.EXPIRED)
                .count();
        entry.status = missed >= settings.config.missedOffers() ? WaitlistStatus.ENDED : WaitlistStatus.WAITING;
        news.answered(offer);
        LOG.infof("Waitlist offer %s expired; entry %s %s", offer.id, entry.id, entry.status);
    }

    private boolean ended(WaitlistEntry entry, LocalDate today, Instant now) {
        if (!entry.toDate.isBefore(today)) {
            return false;
        }
        entry.status = WaitlistStatus.ENDED;
        entry.updatedAt = now;
        LOG.infof("Waitlist entry %s ended: its dates are over", entry.id);
        return true;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
