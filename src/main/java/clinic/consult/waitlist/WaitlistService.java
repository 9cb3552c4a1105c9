package clinic.consult.waitlist;

import clinic.consult.appointment.AppointmentBooked;
import clinic.consult.appointment.BookingService;
import clinic.consult.db.AdvisoryLocks;
import clinic.consult.hold.HoldService;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.Problem;
import clinic.consult.schedule.ScheduleService;
import clinic.consult.security.Staff;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Joining, seeing and leaving a waitlist, and taking its offer; each in one transaction, opened here. */
@ApplicationScoped
public class WaitlistService {

    private static final Logger LOG = Logger.getLogger(WaitlistService.class);
    static final String SCOPE = "POST /api/v1/waitlist";

    private final WaitlistRepository entries;
    private final OfferRepository offers;
    private final WaitlistAccess access;
    private final WaitlistViews views;
    private final Services services;
    private final WaitlistConfig config;
    private final Event<LineChanged> lineChanges;
    private final Clock clock;

    /** The features the waitlist works through. */
    // a singleton, not a client proxy: its fields are read directly
    @Singleton
    static class Services {
        final IdempotencyService idempotency;
        final ScheduleService schedules;
        final HoldService holds;
        final BookingService bookings;
        final AdvisoryLocks locks;
        final WaitlistNews news;

        Services(
                IdempotencyService idempotency,
                ScheduleService schedules,
                HoldService holds,
                BookingService bookings,
                AdvisoryLocks locks,
                WaitlistNews news) {
            this.idempotency = idempotency;
            this.schedules = schedules;
            this.holds = holds;
            this.bookings = bookings;
            this.locks = locks;
            this.news = news;
        }
    }

    WaitlistService(
            WaitlistRepository entries,
            OfferRepository offers,
            WaitlistAccess access,
            WaitlistViews views,
            Services services,
            WaitlistConfig config,
            Event<LineChanged> lineChanges,
            Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.access = access;
        this.views = views;
        this.services = services;
        this.config = config;
        this.lineChanges = lineChanges;
        this.clock = clock;
    }

    /** Puts the person in line; a retry with the same {@code Idempotency-Key} gets the same entry and token. */
    @Transactional
    public Reply join(String idempotencyKey, WaitlistRequest request, WaitlistAccess.Caller caller) {
        var reply = services.idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var joined = join(request, caller);
            return Reply.created(
                            joined,
                            URI.create("/api/v1/waitlist/" + joined.entry().id()))
                    .storing(joined.entry());
        });
        if (reply.replayed() && reply.status() == 201) {
            var path = reply.location().getPath();
            var id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            return Reply.created(views.joined(entries.findById(id)), reply.location());
        }
        return reply;
    }

    private WaitlistJoined join(WaitlistRequest request, WaitlistAccess.Caller caller) {
        services.schedules.checkBookable(request.locationId(), request.type());
        var leadId = access.leadFor(request, caller);
        caller.staff().ifPresent(staff -> {
            if (!staff.mayWorkAt(request.locationId())) {
                throw new ForbiddenException();
            }
        });
        check(request);
        // one person's joins take turns, so the cap and the one-entry-per-line rule hold across instances
        services.locks.lock(List.of("waitlist-lead:" + leadId));
        var mine = entries.ofLead(leadId).stream()
                .filter(entry -> entry.status.inLine())
                .toList();
        var same = mine.stream()
                .filter(entry ->
                        entry.locationId.equals(request.locationId()) && entry.appointmentTypeId.equals(request.type()))
                .findFirst();
        if (same.isPresent()) {
            throw new WaitlistStateException("The person is in this line already: entry " + same.get().id
                    + " (leave it first to wait for other dates)");
        }
        if (mine.size() >= config.entriesPerLead()) {
            throw new WaitlistStateException(
                    "The person is in " + mine.size() + " lines already, the most one person may be in at once");
        }
        var now = clock.instant();
        var entry = new WaitlistEntry();
        entry.id = UUID.randomUUID();
        entry.leadId = leadId;
        entry.locationId = request.locationId();
        entry.appointmentTypeId = request.type();
        entry.fromDate = request.from();
        entry.toDate = request.to();
        var times = request.times();
        entry.afterTime = times == null ? null : times.after();
        entry.beforeTime = times == null ? null : times.before();
        entry.weekdays = EnumSet.noneOf(DayOfWeek.class);
        if (times != null && times.days() != null) {
            entry.weekdays.addAll(times.days());
        }
        entry.status = WaitlistStatus.WAITING;
        entry.joinedBy = caller.actor();
        entry.createdAt = now;
        entry.updatedAt = now;
        entries.persist(entry);
        // the database gives the entry its place in line as it writes it
        entries.flush();
        services.news.joined(entry);
        LOG.infof(
                "Waitlist entry %s: lead %s joined %s/%s", entry.id, leadId, entry.locationId, entry.appointmentTypeId);
        return views.joined(entry);
    }

    private void check(WaitlistRequest request) {
        var errors = new ArrayList<Problem.FieldError>();
        var today = clock.instant()
                .atZone(services.schedules.zoneOf(request.locationId()))
                .toLocalDate();
        if (request.to().isBefore(today)) {
            errors.add(new Problem.FieldError("to", "is in the past at the location"));
        }
        if (request.to().isBefore(request.from())) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > config.maxDays()) {
            errors.add(new Problem.FieldError("to", "the dates may cover at most " + config.maxDays() + " days"));
        }
        if (request.from().isAfter(today.plusYears(1))) {
            errors.add(new Problem.FieldError("from", "must be within a year"));
        }
        var times = request.times();
        if (times != null
                && times.after() != null
                && times.before() != null
                && !times.before().isAfter(times.after())) {
            errors.add(new Problem.FieldError("times.before", "must be after times.after"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    @Transactional
    public WaitlistView get(UUID id, WaitlistAccess.Caller caller) {
        return views.of(access.entry(id, caller, false));
    }

    /** Leaves the line, giving back an offered seat at once. Leaving again, or after the entry ended, changes nothing. */
    @Transactional
    public WaitlistView leave(UUID id, WaitlistAccess.Caller caller) {
        var entry = access.entry(id, caller, true);
        if (entry.status.inLine()) {
            withdraw(entry);
            entry.status = WaitlistStatus.LEFT;
            entry.updatedAt = clock.instant();
            LOG.infof("Waitlist entry %s left (%s)", id, caller.staff().isPresent() ? "staff" : "the person");
        }
        return views.of(entry);
    }

    /** Takes the open offer: the held seat becomes the person's consultation, confirmed as any booking is. */
    @Transactional
    public AppointmentBooked accept(UUID id, WaitlistAccess.Caller caller) {
        var entry = access.entry(id, caller, true);
        var offer = offers.openOf(entry.id)
                .filter(open -> open.expiresAt.isAfter(clock.instant()))
                .orElseThrow(() -> new WaitlistStateException("The entry has no open offer: it was taken, or its time"
                        + " to confirm is over (the next seat that fits is offered when one frees up)"));
        var booked = services.bookings.bookOffered(
                entry.leadId,
                offer.holdId,
                entry.locationId,
                entry.appointmentTypeId,
                offer.startAt,
                new clinic.consult.appointment.Caller(Optional.empty(), caller.staff()));
        var now = clock.instant();
        offer.status = OfferStatus.ACCEPTED;
        offer.answeredAt = now;
        offer.appointmentId = booked.id();
        entry.status = WaitlistStatus.BOOKED;
        entry.updatedAt = now;
        services.news.answered(offer);
        LOG.infof("Waitlist offer %s accepted: appointment %s", offer.id, booked.id());
        return booked;
    }

    /** A line, for the staff of its location. */
    @Transactional
    public WaitlistLine line(String locationId, String typeId, Staff staff) {
        if (locationId == null || typeId == null) {
            throw new InvalidFieldsException(locationId == null ? "locationId" : "type", "is required");
        }
        if (!staff.mayWorkAt(locationId)) {
            throw new NotFoundException("Location", locationId);
        }
        services.schedules.checkBookable(locationId, typeId);
        var inLine = entries.inLine(new WaitlistRepository.Line(locationId, typeId));
        return views.line(locationId, typeId, inLine);
    }

    /** Ends an entry's open offer, giving its seat back; the line is looked at again once this commits. */
    void withdraw(WaitlistEntry entry) {
        offers.openOf(entry.id).ifPresent(offer -> {
            offer.status = OfferStatus.WITHDRAWN;
            offer.answeredAt = clock.instant();
            services.holds.release(offer.holdId);
            services.news.answered(offer);
            lineChanges.fire(new LineChanged(entry.locationId, entry.appointmentTypeId));
        });
    }
}
