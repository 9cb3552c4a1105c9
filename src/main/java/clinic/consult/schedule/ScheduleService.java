package clinic.consult.schedule;

import clinic.consult.http.Versioned;
import clinic.consult.location.LocationService;
import clinic.consult.problem.InvalidFieldsException;
import clinic.consult.problem.NotFoundException;
import clinic.consult.problem.PreconditionFailedException;
import clinic.consult.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Appointment types, each location's schedules and closures: the data the slot rules are made of. */
@ApplicationScoped
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    static final Duration LONGEST_CLOSURE = Duration.ofDays(366);

    private final AppointmentTypeRepository types;
    private final ScheduleRepository schedules;
    private final ClosureRepository closures;
    private final LocationService locations;
    private final Event<ScheduleChanged> changed;
    private final Clock clock;
    private volatile Map<String, AppointmentType.Kind> kinds;

    ScheduleService(
            AppointmentTypeRepository types,
            ScheduleRepository schedules,
            ClosureRepository closures,
            LocationService locations,
            Event<ScheduleChanged> changed,
            Clock clock) {
        this.types = types;
        this.schedules = schedules;
        this.closures = closures;
        this.locations = locations;
        this.changed = changed;
        this.clock = clock;
    }

    public List<AppointmentTypeView> types() {
        return types.listAll().stream()
                .sorted(Comparator.comparing((AppointmentType t) -> t.id))
                .map(AppointmentTypeView::of)
                .toList();
    }

    public Optional<AppointmentTypeView> type(String typeId) {
        return types.findByIdOptional(typeId).map(AppointmentTypeView::of);
    }

    public boolean typeExists(String typeId) {
        return typeIds().contains(typeId);
    }

    /** The error of a field that names no appointment type, listing the types there are. */
    public Problem.FieldError notAType(String field) {
        return Problem.FieldError.notOneOf(field, "an appointment type", typeIds());
    }

    /** Appointment types change only with a migration: read once per instance. */
    private Set<String> typeIds() {
        return kinds().keySet();
    }

    private AppointmentType.Kind kindOf(String typeId) {
        return kinds().get(typeId);
    }

    private Map<String, AppointmentType.Kind> kinds() {
        var known = kinds;
        if (known == null) {
            known = types.listAll().stream().collect(Collectors.toUnmodifiableMap(type -> type.id, type -> type.kind));
            kinds = known;
        }
        return known;
    }

    public Versioned<ScheduleView> schedule(String locationId, String typeId) {
        var schedule = find(locationId, typeId);
        return new Versioned<>(ScheduleView.of(schedule, zoneOf(locationId).getId()), schedule.version);
    }

    @Transactional
    public Versioned<ScheduleView> update(
            String locationId, String typeId, ScheduleUpdate update, Optional<Long> expectedVersion, String actor) {
        var schedule = find(locationId, typeId);
        if (expectedVersion.isPresent() && expectedVersion.get() != schedule.version) {
            throw new PreconditionFailedException("Schedule '" + locationId + "/" + typeId + "'");
        }
        var hours = openingHours(update.weeklyHours());
        schedule.hours.clear();
        schedule.hours.addAll(hours);
        schedule.slotMinutes = update.slotMinutes();
        schedule.stepMinutes = update.stepMinutes();
        schedule.bufferMinutes = update.bufferMinutes();
        schedule.capacity = update.capacity();
        schedule.minNoticeMinutes = update.minNoticeMinutes();
        schedule.horizonDays = update.horizonDays();
        schedule.updatedAt = clock.instant();
        schedules.flush();
        changed.fire(new ScheduleChanged(locationId));
        LOG.infof("Schedule %s/%s replaced by %s", locationId, typeId, actor);
        return new Versioned<>(ScheduleView.of(schedule, zoneOf(locationId).getId()), schedule.version);
    }

    /** Closures not yet over, in order. */
    public List<ClosureView> closures(String locationId) {
        var zone = zoneOf(locationId);
        var now = clock.instant().atZone(zone).toLocalDateTime();
        return closures.endingAfter(locationId, now).stream()
                .map(ClosureView::of)
                .toList();
    }

    @Transactional
    public ClosureView close(String locationId, ClosureRequest request, String actor) {
        zoneOf(locationId);
        if (!request.end().isAfter(request.start())) {
            throw new InvalidFieldsException("end", "must be after start");
        }
        if (Duration.between(request.start(), request.end()).compareTo(LONGEST_CLOSURE) > 0) {
            throw new InvalidFieldsException("end", "must be at most 366 days after start");
        }
        var closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.locationId = locationId;
        closure.startsAt = request.start();
        closure.endsAt = request.end();
        closure.reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        closure.createdAt = clock.instant();
        closures.persist(closure);
        changed.fire(new ScheduleChanged(locationId));
        LOG.infof("Closure %s added at %s by %s", closure.id, locationId, actor);
        return ClosureView.of(closure);
    }

    @Transactional
    public void reopen(String locationId, UUID closureId, String actor) {
        var closure = closures.findByIdOptional(closureId)
                .filter(c -> c.locationId.equals(locationId))
                .orElseThrow(() -> new NotFoundException("Closure", closureId));
        closures.delete(closure);
        changed.fire(new ScheduleChanged(locationId));
        LOG.infof("Closure %s removed at %s by %s", closureId, locationId, actor);
    }

    /**
     * For a booking or hold body: an unknown location or type is a bad field, not a missing resource, and so is a
     * treatment (staff book those as a series).
     */
    public void checkBookable(String locationId, String typeId) {
        checkKind(locationId, typeId, "type", AppointmentType.Kind.CONSULTATION);
    }

    /** For a series body: the location and the treatment it names, as {@link #checkBookable} does for a booking. */
    public void checkTreatment(String locationId, String typeId, String typeField) {
        checkKind(locationId, typeId, typeField, AppointmentType.Kind.TREATMENT);
    }

    private void checkKind(String locationId, String typeId, String typeField, AppointmentType.Kind kind) {
        var errors = new ArrayList<Problem.FieldError>();
        if (locations.recent(locationId).isEmpty()) {
            errors.add(locations.notALocation("locationId"));
        }
        if (!typeExists(typeId)) {
            errors.add(notAType(typeField));
        } else if (kindOf(typeId) != kind) {
            errors.add(new Problem.FieldError(
                    typeField,
                    kind == AppointmentType.Kind.CONSULTATION
                            ? "is a treatment: staff book it as a series (/api/v1/series)"
                            : "is a consultation, not a treatment"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** Whether the public may list and book the type; false for an unknown type. */
    public boolean isConsultation(String typeId) {
        return typeExists(typeId) && kindOf(typeId) == AppointmentType.Kind.CONSULTATION;
    }

    /** The location's time zone; a 404 for an unknown location. */
    public ZoneId zoneOf(String locationId) {
        return locations
                .recent(locationId)
                .map(l -> ZoneId.of(l.timeZone()))
                .orElseThrow(() -> new NotFoundException("Location", locationId));
    }

    /** The schedule a location's slots of a type are cut by, for listing them. */
    public Schedule scheduleOf(String locationId, String typeId) {
        return schedules
                .find(locationId, typeId)
                .orElseThrow(() -> new NotFoundException("Schedule", locationId + "/" + typeId));
    }

    /**
     * The same, share-locked until the transaction ends: a change of capacity waits for the booking, which therefore
     * counts against the capacity it read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Schedule scheduleForBooking(String locationId, String typeId) {
        return schedules
                .readForBooking(locationId, typeId)
                .orElseThrow(() -> new NotFoundException("Schedule", locationId + "/" + typeId));
    }

    /** The location's closures overlapping [from, to), in its local time. */
    public List<Closure> closedBetween(String locationId, LocalDateTime from, LocalDateTime to) {
        return closures.overlapping(locationId, from, to);
    }

    private Schedule find(String locationId, String typeId) {
        zoneOf(locationId);
        if (!typeExists(typeId)) {
            throw new NotFoundException("Appointment type", typeId);
        }
        return schedules
                .find(locationId, typeId)
                .orElseThrow(() -> new NotFoundException("Schedule", locationId + "/" + typeId));
    }

    /** The opening hours of an update, refusing empty and overlapping intervals with the field named. */
    private static List<OpeningHours> openingHours(WeeklyHours weekly) {
        var errors = new ArrayList<Problem.FieldError>();
        var hours = new ArrayList<OpeningHours>();
        weekly.byDay().forEach((day, intervals) -> {
            var field = "weeklyHours." + day.name();
            var sorted = new ArrayList<TimeRange>();
            for (int i = 0; i < intervals.size(); i++) {
                var interval = intervals.get(i);
                if (interval == null) {
                    errors.add(new Problem.FieldError(field + "[" + i + "]", "must not be null"));
                } else if (!interval.end().isAfter(interval.start())) {
                    errors.add(new Problem.FieldError(field + "[" + i + "].end", "must be after start"));
                } else {
                    sorted.add(interval);
                }
            }
            sorted.sort(Comparator.comparing(TimeRange::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    errors.add(new Problem.FieldError(
                            field,
                            "intervals overlap (%s-%s and %s-%s)"
                                    .formatted(
                                            sorted.get(i - 1).start(),
                                            sorted.get(i - 1).end(),
                                            sorted.get(i).start(),
                                            sorted.get(i).end())
                                    .toLowerCase(Locale.ROOT)));
                }
            }
            sorted.forEach(interval -> hours.add(new OpeningHours(day, interval.start(), interval.end())));
        });
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return hours;
    }
}
