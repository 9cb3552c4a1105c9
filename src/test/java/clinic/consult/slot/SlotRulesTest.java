package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.schedule.OpeningHours;
import clinic.consult.slot.SlotRules.Closed;
import clinic.consult.slot.SlotRules.Refusal;
import clinic.consult.slot.SlotRules.Taken;
import clinic.consult.slot.SlotRules.Verdict;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotRulesTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    // a Monday in October, 08:00 local: every test day below is in the future and inside the horizon
    private static final Instant NOW =
            OffsetDateTime.parse("2026-10-26T08:00:00-07:00").toInstant();

    @Test
    void shouldKeepNineOClockLocalOnBothSidesOfTheAutumnChange() {
        var rules = rules(everyDay(hours("09:00", "10:00")), 30, 30, 0, 1);

        var before = starts(rules.day(LocalDate.of(2026, 10, 31), NOW, List.of(), List.of()));
        var after = starts(rules.day(LocalDate.of(2026, 11, 2), NOW, List.of(), List.of()));

        assertThat(before).containsExactly("2026-10-31T09:00-07:00", "2026-10-31T09:30-07:00");
        assertThat(after).containsExactly("2026-11-02T09:00-08:00", "2026-11-02T09:30-08:00");
    }

    @Test
    void shouldOfferTheRepeatedHourOnceOnTheNightClocksFallBack() {
        var rules = rules(everyDay(hours("00:00", "03:00")), 30, 30, 0, 1);

        var starts = starts(rules.day(LocalDate.of(2026, 11, 1), NOW, List.of(), List.of()));

        // 01:00 and 01:30 happen twice that night; each is offered once, at its first occurrence (-07:00)
        assertThat(starts)
                .containsExactly(
                        "2026-11-01T00:00-07:00",
                        "2026-11-01T00:30-07:00",
                        "2026-11-01T01:00-07:00",
                        "2026-11-01T01:30-07:00",
                        "2026-11-01T02:00-08:00",
                        "2026-11-01T02:30-08:00");
        assertThat(starts).doesNotHaveDuplicates();
    }

    @Test
    void shouldNeverOfferTheMissingHourOnTheNightClocksSpringForward() {
        var rules = rules(everyDay(hours("01:00", "04:00")), 30, 30, 0, 1);
        var now = OffsetDateTime.parse("2027-03-01T08:00:00-08:00").toInstant();

        var starts = starts(rules.day(LocalDate.of(2027, 3, 14), now, List.of(), List.of()));

        assertThat(starts)
                .containsExactly(
                        "2027-03-14T01:00-08:00",
                        "2027-03-14T01:30-08:00",
                        "2027-03-14T03:00-07:00",
                        "2027-03-14T03:30-07:00");
    }

    @Test
    void shouldKeepNineOClockLocalOnBothSidesOfTheSpringChange() {
        var rules = rules(everyDay(hours("09:00", "09:30")), 30, 30, 0, 1);
        var now = OffsetDateTime.parse("2027-03-01T08:00:00-08:00").toInstant();

        assertThat(starts(rules.day(LocalDate.of(2027, 3, 13), now, List.of(), List.of())))
                .containsExactly("2027-03-13T09:00-08:00");
        assertThat(starts(rules.day(LocalDate.of(2027, 3, 15), now, List.of(), List.of())))
                .containsExactly("2027-03-15T09:00-07:00");
    }

    @Test
    void shouldPlaceSlotsOnTheStepGridOfEachIntervalWithRoomForAWholeSlot() {
        var rules = rules(everyDay(hours("09:00", "10:10"), hours("13:00", "14:00")), 30, 20, 0, 1);

        var starts = starts(rules.day(LocalDate.of(2026, 10, 28), NOW, List.of(), List.of()));

        assertThat(starts)
                .containsExactly(
                        "2026-10-28T09:00-07:00",
                        "2026-10-28T09:20-07:00",
                        "2026-10-28T09:40-07:00",
                        "2026-10-28T13:00-07:00",
                        "2026-10-28T13:20-07:00");
    }

    @Test
    void shouldCountTheBufferAfterATakenAppointment() {
        var rules = rules(everyDay(hours("09:00", "11:00")), 30, 30, 15, 1);
        var taken = List.of(new Taken(at("2026-10-28T09:00-07:00"), at("2026-10-28T09:45-07:00")));

        var listed = listed(rules.day(LocalDate.of(2026, 10, 28), NOW, List.of(), taken));

        // 09:00 is taken; 09:30 would start inside its buffer; 10:00 is free
        assertThat(listed).containsExactly("2026-10-28T10:00-07:00", "2026-10-28T10:30-07:00");
    }

    @Test
    void shouldCountSeatsAsTheMostClaimsAtAnyOneInstant() {
        var rules = rules(everyDay(hours("09:00", "11:00")), 60, 30, 0, 2);
        // two claims that overlap the 09:30-10:30 slot but not each other: one seat left, not zero
        var taken = List.of(
                new Taken(at("2026-10-28T09:00-07:00"), at("2026-10-28T10:00-07:00")),
                new Taken(at("2026-10-28T10:00-07:00"), at("2026-10-28T11:00-07:00")));

        var nineThirty = rules.evaluate(at("2026-10-28T09:30-07:00"), NOW, List.of(), taken);
        var nine = rules.evaluate(at("2026-10-28T09:00-07:00"), NOW, List.of(), taken);

        assertThat(nineThirty.remaining()).isEqualTo(1);
        assertThat(nine.remaining()).isEqualTo(1);
        assertThat(nine.isListed()).isTrue();
    }

    @Test
    void shouldNameWhyAStartIsNotBookable() {
        var rules = rules(everyDay(hours("09:00", "17:00")), 30, 30, 0, 1);
        var closures =
                List.of(new Closed(LocalDateTime.parse("2026-10-29T00:00"), LocalDateTime.parse("2026-10-30T00:00")));

        assertThat(refusal(rules, "2026-10-28T09:10-07:00", closures)).isEqualTo(Refusal.MISALIGNED);
        assertThat(refusal(rules, "2026-10-28T18:00-07:00", closures)).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(refusal(rules, "2026-10-28T16:45-07:00", closures)).isEqualTo(Refusal.OUTSIDE_HOURS);
        assertThat(refusal(rules, "2026-10-29T10:00-07:00", closures)).isEqualTo(Refusal.CLOSED);
        assertThat(refusal(rules, "2026-10-25T10:00-07:00", closures)).isEqualTo(Refusal.PAST);
        assertThat(refusal(rules, "2026-10-26T09:30-07:00", closures)).isEqualTo(Refusal.TOO_SOON);
        assertThat(refusal(rules, "2026-12-28T09:00-08:00", closures)).isEqualTo(Refusal.BEYOND_HORIZON);
        assertThat(rules.evaluate(at("2026-10-28T09:00-07:00"), NOW, closures, List.of())
                        .refusal())
                .isEmpty();
    }

    @Test
    void shouldClosePartOfADayOnly() {
        var rules = rules(everyDay(hours("09:00", "12:00")), 60, 60, 0, 1);
        var closures =
                List.of(new Closed(LocalDateTime.parse("2026-10-28T10:30"), LocalDateTime.parse("2026-10-28T11:00")));

        var listed = listed(rules.day(LocalDate.of(2026, 10, 28), NOW, closures, List.of()));

        assertThat(listed).containsExactly("2026-10-28T09:00-07:00", "2026-10-28T11:00-07:00");
    }

    @Test
    void shouldListExactlyWhatEvaluatesAsBookable() {
        var rules = rules(everyDay(hours("08:00", "12:00"), hours("13:00", "18:00")), 20, 30, 10, 2);
        var taken = List.of(
                new Taken(at("2026-10-27T09:00-07:00"), at("2026-10-27T09:30-07:00")),
                new Taken(at("2026-10-27T09:00-07:00"), at("2026-10-27T09:30-07:00")));
        var closures =
                List.of(new Closed(LocalDateTime.parse("2026-10-27T15:00"), LocalDateTime.parse("2026-10-27T16:00")));
        var date = LocalDate.of(2026, 10, 27);

        var listed = rules.day(date, NOW, closures, taken).stream()
                .filter(Verdict::isListed)
                .map(Verdict::start)
                .toList();
        // every minute of the day, on or off the grid: bookable exactly when listed
        for (var minute = date.atStartOfDay(LOS_ANGELES).toInstant();
                minute.isBefore(date.plusDays(1).atStartOfDay(LOS_ANGELES).toInstant());
                minute = minute.plusSeconds(60)) {
            assertThat(rules.evaluate(minute, NOW, closures, taken).isListed())
                    .as(minute.toString())
                    .isEqualTo(listed.contains(minute));
        }
        assertThat(listed).isNotEmpty().doesNotContain(at("2026-10-27T09:00-07:00"), at("2026-10-27T15:00-07:00"));
    }

    private static SlotRules rules(
            Map<DayOfWeek, List<OpeningHours>> hours, int slot, int step, int buffer, int capacity) {
        return new SlotRules(LOS_ANGELES, hours, slot, step, buffer, capacity, 120, 60);
    }

    private static Map<DayOfWeek, List<OpeningHours>> everyDay(OpeningHours... intervals) {
        var week = new EnumMap<DayOfWeek, List<OpeningHours>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            week.put(
                    day,
                    Arrays.stream(intervals)
                            .map(h -> new OpeningHours(day, h.start, h.end))
                            .toList());
        }
        return week;
    }

    private static OpeningHours hours(String start, String end) {
        return new OpeningHours(DayOfWeek.MONDAY, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Refusal refusal(SlotRules rules, String start, List<Closed> closures) {
        return rules.evaluate(at(start), NOW, closures, List.of()).refusal().orElseThrow();
    }

    private static List<String> starts(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> local(v.start())).toList();
    }

    private static List<String> listed(List<Verdict> verdicts) {
        return verdicts.stream()
                .filter(Verdict::isListed)
                .map(v -> local(v.start()))
                .toList();
    }

    private static String local(Instant instant) {
        return instant.atZone(LOS_ANGELES).toOffsetDateTime().toString();
    }
}
