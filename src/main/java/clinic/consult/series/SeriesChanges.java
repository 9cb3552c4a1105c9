package clinic.consult.series;

import clinic.consult.appointment.AppointmentStatus;
import clinic.consult.appointment.Infusions;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import clinic.consult.slot.SeatClaims;
import clinic.consult.slot.SlotNotBookableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Changes to a booked series: one infusion moved (the series keeps its plan, or staff override with a reason), the
 * rest of it cancelled. Each in one transaction, the series row locked so two changes of one series take turns.
 */
@ApplicationScoped
class SeriesChanges {

    private static final Logger LOG = Logger.getLogger(SeriesChanges.class);

    private final SeriesRepository series;
    private final SeriesScope scope;
    private final SeatClaims seats;
    private final Infusions infusions;
    private final SeriesNews news;
    private final Clock clock;

    SeriesChanges(
            SeriesRepository series,
            SeriesScope scope,
            SeatClaims seats,
            Infusions infusions,
            SeriesNews news,
            Clock clock) {
        this.series = series;
        this.scope = scope;
        this.seats = seats;
        this.infusions = infusions;
        this.news = news;
        this.clock = clock;
    }

    @Transactional
    public SeriesView move(UUID seriesId, int position, InfusionMove move, Staff staff) {
        var booked = lockBooked(seriesId, staff);
        var zone = scope.zoneOf(booked.locationId);
        var all = infusions.ofSeries(seriesId, zone);
        var target = all.stream()
                .filter(infusion -> infusion.position() == position)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Infusion", seriesId + "/" + position));
        var now = clock.instant();
        if (target.status() != AppointmentStatus.BOOKED
                || !target.start().toInstant().isAfter(now)) {
            throw new SeriesStateException("Infusion " + position + " is " + target.status() + " and started "
                    + target.start() + ": only an infusion still ahead moves");
        }
        var override = SeriesScope.given(move.overrideReason());
        var plan = scope.planOf(booked.planId);
        var rules = override == null ? plan : plan.withoutSpanLimits();
        var start = move.start().toInstant();
        var dates = all.stream()
                .filter(infusion -> infusion.status() != AppointmentStatus.CANCELLED)
                .map(infusion -> infusion.position() == position
                        ? start
                        : infusion.start().toInstant())
                .sorted(Comparator.naturalOrder())
                .map(instant -> instant.atZone(zone).toLocalDate())
                .toList();
        rules.withInfusions(dates.size()).refusal(dates).ifPresent(why -> {
            throw new InvalidFieldsException("start", why);
        });
        SeatClaims.Claim claim;
        try {
            claim = seats.claim(booked.locationId, plan.typeId(), start, target.appointmentId(), null);
        } catch (SlotNotBookableException e) {
            throw new InvalidFieldsException("start", e.getMessage());
        }
        infusions.move(target.appointmentId(), claim, staff.subject(), now);
        booked.updatedAt = now;
        news.moved(booked, position, override, staff);
        LOG.infof("Series %s: infusion %d moved to %s", seriesId, position, claim.start());
        return SeriesView.of(booked, zone.getId(), infusions.ofSeries(seriesId, zone));
    }

    /** Cancels every infusion still ahead and the series with them; those that took place stay as they were. */
    @Transactional
    public SeriesView cancel(UUID seriesId, SeriesCancel cancel, Staff staff) {
        var booked = lockBooked(seriesId, staff);
        var now = clock.instant();
        int cancelled = infusions.cancelUpcoming(seriesId, staff.subject(), now);
        booked.status = SeriesStatus.CANCELLED;
        booked.updatedAt = now;
        var reason = cancel == null ? null : SeriesScope.given(cancel.reason());
        news.cancelled(booked, cancelled, reason, staff, now);
        LOG.infof("Series %s cancelled: %d infusions ahead freed", seriesId, cancelled);
        var zone = scope.zoneOf(booked.locationId);
        return SeriesView.of(booked, zone.getId(), infusions.ofSeries(seriesId, zone));
    }

    private TreatmentSeries lockBooked(UUID seriesId, Staff staff) {
        var found = series.findByIdOptional(seriesId, LockModeType.PESSIMISTIC_WRITE)
                .filter(one -> staff.mayWorkAt(one.locationId))
                .orElseThrow(() -> new NotFoundException("Series", seriesId));
        if (found.status != SeriesStatus.BOOKED) {
            throw new SeriesStateException("The series is " + found.status + ", not BOOKED");
        }
        return found;
    }
}
