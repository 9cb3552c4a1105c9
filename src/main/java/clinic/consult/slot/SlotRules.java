package clinic.consult.slot;

import clinic.consult.schedule.Closure;
import clinic.consult.schedule.OpeningHours;
import clinic.consult.schedule.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of one (location, type), as data: which starts are slots and how many seats each has left. Listing and
 * booking both ask {@link #evaluate}, so nothing listed is refused for a rule, and nothing refused is listed.
 *
 * <p>Times are built on the location's wall clock: 09:00 is 09:00 local on both sides of a DST change. A local time
 * that does not exist (spring forward) is never a slot; one that happens twice (fall back) is a slot once, at its
 * first occurrence.
 */
public record SlotRules(
        ZoneId zone,
        Map<DayOfWeek, List<OpeningHours>> weeklyHours,
        int slotMinutes,
        int stepMinutes,
        int bufferMinutes,
        int capacity,
        int minNoticeMinutes,
        int horizonDays) {

    /** Why a start cannot be booked, whatever the capacity. */
    public enum Refusal {
        MISALIGNED,
        OUTSIDE_HOURS,
        CLOSED,
        PAST,
        TOO_SOON,
        BEYOND_HORIZON
    }

    /** A time that is taken: a booked appointment or a live hold, buffer included. */
    public record Taken(Instant start, Instant until) {}

    /** A span the location is closed, in its wall-clock time. */
    public record Closed(LocalDateTime start, LocalDateTime end) {

        static Closed of(Closure closure) {
            return new Closed(closure.startsAt, closure.endsAt);
        }
    }

    /** The rules of a location's schedule for one appointment type, in the location's zone. */
    static SlotRules of(Schedule schedule, ZoneId zone) {
        return new SlotRules(
                zone,
                schedule.weeklyHours(),
                schedule.slotMinutes,
                schedule.stepMinutes,
                schedule.bufferMinutes,
                schedule.capacity,
                schedule.minNoticeMinutes,
                schedule.horizonDays);
    }

    /** A candidate start and what the rules say of it: bookable when {@code refusal} is empty and seats remain. */
    public record Verdict(Instant start, Instant end, Optional<Refusal> refusal, int remaining) {

        public boolean isListed() {
            return refusal.isEmpty() && remaining > 0;
        }
    }

    /** Every candidate start of a local date, in order, each with its verdict. */
    public List<Verdict> day(LocalDate date, Instant now, List<Closed> closures, List<Taken> taken) {
        var verdicts = new ArrayList<Verdict>();
        for (var start : candidateStarts(date)) {
            verdicts.add(verdict(start, now, closures, taken, Optional.empty()));
        }
        return verdicts;
    }

    /** The verdict on one start, whether or not it is a candidate of its day. */
    public Verdict evaluate(Instant start, Instant now, List<Closed> closures, List<Taken> taken) {
        var local = start.atZone(zone).toLocalDateTime();
        var offGrid = candidateStarts(local.toLocalDate()).contains(start)
                ? Optional.<Refusal>empty()
                : Optional.of(isInsideHours(local) ? Refusal.MISALIGNED : Refusal.OUTSIDE_HOURS);
        return verdict(start, now, closures, taken, offGrid);
    }

    /** The rules after the grid: {@link #day} knows its starts are on it, {@link #evaluate} checks first. */
    private Verdict verdict(
            Instant start, Instant now, List<Closed> closures, List<Taken> taken, Optional<Refusal> offGrid) {
        var end = start.plus(Duration.ofMinutes(slotMinutes));
        var refusal = offGrid.isPresent() ? offGrid : refusalOf(start, end, now, closures);
        int remaining = refusal.isPresent() ? 0 : remaining(start, end.plus(Duration.ofMinutes(bufferMinutes)), taken);
        return new Verdict(start, end, refusal, remaining);
    }

    private Optional<Refusal> refusalOf(Instant start, Instant end, Instant now, List<Closed> closures) {
        var local = start.atZone(zone).toLocalDateTime();
        if (start.isBefore(now)) {
            return Optional.of(Refusal.PAST);
        }
        if (start.isBefore(now.plus(Duration.ofMinutes(minNoticeMinutes)))) {
            return Optional.of(Refusal.TOO_SOON);
        }
        if (local.toLocalDate().isAfter(lastBookableDate(now))) {
            return Optional.of(Refusal.BEYOND_HORIZON);
        }
        for (var closure : closures) {
            var closedFrom = closure.start().atZone(zone).toInstant();
            var closedUntil = closure.end().atZone(zone).toInstant();
            if (start.isBefore(closedUntil) && end.isAfter(closedFrom)) {
                return Optional.of(Refusal.CLOSED);
            }
        }
        return Optional.empty();
    }

    /** The last local date that may be booked: today at the location plus the horizon. */
    public LocalDate lastBookableDate(Instant now) {
        return now.atZone(zone).toLocalDate().plusDays(horizonDays);
    }

    /** Starts on the step grid of each opening interval that leave room for a whole slot, as instants. */
    TreeSet<Instant> candidateStarts(LocalDate date) {
        var starts = new TreeSet<Instant>();
        for (var hours : weeklyHours.getOrDefault(date.getDayOfWeek(), List.of())) {
            int open = minuteOfDay(hours.start());
            int close = hours.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minuteOfDay(hours.end());
            for (int minute = open; minute + slotMinutes <= close && minute < 24 * 60; minute += stepMinutes) {
                var local = date.atStartOfDay().plusMinutes(minute);
                var offsets = zone.getRules().getValidOffsets(local);
                if (!offsets.isEmpty()) {
                    // in a fall-back overlap the first offset is the first occurrence
                    starts.add(local.toInstant(offsets.get(0)));
                }
            }
        }
        return starts;
    }

    private boolean isInsideHours(LocalDateTime local) {
        int minute = minuteOfDay(local.toLocalTime());
        return weeklyHours.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(hours -> {
                    int close = hours.end().equals(LocalTime.MIDNIGHT) ? 24 * 60 : minuteOfDay(hours.end());
                    return minute >= minuteOfDay(hours.start()) && minute + slotMinutes <= close;
                });
    }

    /** Seats left over [from, until): capacity minus the most claims overlapping at any one instant. */
    private int remaining(Instant from, Instant until, List<Taken> taken) {
        var edges = new ArrayList<long[]>();
        for (var claim : taken) {
            if (claim.start().isBefore(until) && claim.until().isAfter(from)) {
                edges.add(new long[] {max(claim.start(), from).toEpochMilli(), 1});
                edges.add(new long[] {min(claim.until(), until).toEpochMilli(), -1});
            }
        }
        // half-open intervals: at the same instant an end frees its seat before a start takes one
        edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
        int concurrent = 0;
        int most = 0;
        for (var edge : edges) {
            concurrent += (int) edge[1];
            most = Math.max(most, concurrent);
        }
        return Math.max(0, capacity - most);
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
