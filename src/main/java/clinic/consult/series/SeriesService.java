package clinic.consult.series;

import clinic.consult.appointment.InfusionView;
import clinic.consult.appointment.Infusions;
import clinic.consult.audit.AuditAction;
import clinic.consult.audit.AuditService;
import clinic.consult.idempotency.IdempotencyService;
import clinic.consult.idempotency.Reply;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.security.Staff;
import clinic.consult.slot.SeatClaims;
import clinic.consult.slot.SlotNotBookableException;
import clinic.consult.slot.SlotUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Books treatment series, all infusions or none: each seat is claimed through {@link SeatClaims#claim}, as single
 * bookings are, in the one transaction opened here, in time order (so two series never wait on each other in a
 * circle). A retry with the same {@code Idempotency-Key} gets the series it booked.
 */
@ApplicationScoped
public class SeriesService {

    private static final Logger LOG = Logger.getLogger(SeriesService.class);
    static final String SCOPE = "POST /api/v1/series/book";

    private final IdempotencyService idempotency;
    private final SeriesRepository series;
    private final SeriesScope scope;
    private final SeatClaims seats;
    private final Infusions infusions;
    private final SeriesNews news;
    private final AuditService audit;
    private final Clock clock;

    SeriesService(
            IdempotencyService idempotency,
            SeriesRepository series,
            SeriesScope scope,
            SeatClaims seats,
            Infusions infusions,
            SeriesNews news,
            AuditService audit,
            Clock clock) {
        this.idempotency = idempotency;
        this.series = series;
        this.scope = scope;
        this.seats = seats;
        this.infusions = infusions;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Reply book(String idempotencyKey, SeriesBookRequest request, Staff staff) {
        return idempotency.once(SCOPE, idempotencyKey, request, () -> {
            var booked = book(request, staff);
            return Reply.created(booked, URI.create("/api/v1/series/" + booked.id()));
        });
    }

    @Transactional
    public SeriesView get(UUID id, Staff staff) {
        var found = series.findByIdOptional(id)
                .filter(s -> staff.mayWorkAt(s.locationId))
                .orElseThrow(() -> new NotFoundException("Series", id));
        audit.record(staff, AuditAction.APPOINTMENT_VIEWED, found.leadId, "series " + id);
        return view(found);
    }

    private SeriesView book(SeriesBookRequest request, Staff staff) {
        var where = scope.check(request.locationId(), request.planId(), staff);
        scope.checkLead(request.leadId(), staff);
        if (where.plan().afterSeries() && !series.hasCompleted(request.leadId())) {
            throw new SeriesStateException("A booster follows a completed series, and the lead has none completed");
        }
        var current = series.bookedOf(request.leadId());
        if (current.isPresent()) {
            // a second series beside one under way is a slip, not a plan: the one booked moves or ends first
            throw new SeriesStateException("The lead's series " + current.get().id
                    + " is booked: move its infusions or cancel the rest of it first");
        }
        var override = SeriesScope.given(request.overrideReason());
        var plan = override == null ? where.plan() : where.plan().withoutSpanLimits();
        var starts = request.starts().stream()
                .map(OffsetDateTime::toInstant)
                .sorted(Comparator.naturalOrder())
                .toList();
        plan.refusal(starts.stream()
                        .map(s -> s.atZone(where.zone()).toLocalDate())
                        .toList())
                .ifPresent(why -> {
                    throw new InvalidFieldsException("starts", why);
                });
        var claims = new ArrayList<SeatClaims.Claim>();
        for (int i = 0; i < starts.size(); i++) {
            claims.add(claim(request, plan.typeId(), starts.get(i), where.zone()));
        }
        var now = clock.instant();
        var booked = new TreatmentSeries();
        booked.id = UUID.randomUUID();
        booked.leadId = request.leadId();
        booked.locationId = request.locationId();
        booked.planId = plan.planId();
        booked.status = SeriesStatus.BOOKED;
        booked.infusions = starts.size();
        booked.overrideReason = override;
        booked.bookedBy = staff.subject();
        booked.createdAt = now;
        booked.updatedAt = now;
        series.persist(booked);
        // the infusions name the series: its row goes first
        series.flush();
        var views = new ArrayList<InfusionView>();
        for (int i = 0; i < claims.size(); i++) {
            var infusion = new Infusions.Booking(
                    booked.id, i + 1, booked.leadId, booked.locationId, plan.typeId(), claims.get(i));
            views.add(infusions.book(infusion, staff.subject(), now));
        }
        news.booked(booked, views, staff, now);
        LOG.infof(
                "Series %s of %d infusions booked at %s for lead %s",
                booked.id, booked.infusions, booked.locationId, booked.leadId);
        return SeriesView.of(booked, where.zone().getId(), views);
    }

    /** One infusion's seat; a refusal names the start as the request gave it. */
    private SeatClaims.Claim claim(SeriesBookRequest request, String typeId, Instant start, ZoneId zone) {
        try {
            return seats.claim(request.locationId(), typeId, start, null, null);
        } catch (SlotUnavailableException e) {
            throw new InfusionTakenException(
                    position(request, start), start.atZone(zone).toOffsetDateTime());
        } catch (SlotNotBookableException e) {
            throw new InvalidFieldsException("starts[" + (position(request, start) - 1) + "]", e.getMessage());
        }
    }

    private static int position(SeriesBookRequest request, Instant start) {
        for (int i = 0; i < request.starts().size(); i++) {
            if (request.starts().get(i).toInstant().equals(start)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a start the request did not give");
    }

    /** Where a series stands: how many of its infusions took place, of how many. */
    public record Progress(int done, int total) {}

    /** The progress of each of these series, in two queries, for lists that show many infusions. */
    public Map<UUID, Progress> progress(Collection<UUID> ids) {
        var done = infusions.completedOf(ids);
        var progress = new HashMap<UUID, Progress>();
        if (!ids.isEmpty()) {
            series.list("id in ?1", ids)
                    .forEach(one -> progress.put(
                            one.id, new Progress(done.getOrDefault(one.id, 0L).intValue(), one.infusions)));
        }
        return progress;
    }

    private SeriesView view(TreatmentSeries found) {
        var zone = scope.zoneOf(found.locationId);
        List<InfusionView> list = infusions.ofSeries(found.id, zone);
        return SeriesView.of(found, zone.getId(), list);
    }
}
