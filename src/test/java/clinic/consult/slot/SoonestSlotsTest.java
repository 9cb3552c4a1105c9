package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.consult.schedule.AppointmentType;
import clinic.consult.support.TestClock;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SoonestSlotsTest {

    private static final AppointmentType.Mode IN_PERSON = AppointmentType.Mode.IN_PERSON;
    private static final List<String> ALL = List.of("san-juan-capistrano", "seal-beach", "tustin");

    private final TestClock clock = TestClock.fixedAt(Instant.parse("2026-11-23T17:00:00Z"));

    /** What each computation was asked for, and what it answered: the time it ran, for every location. */
    private final List<List<String>> computed = new ArrayList<>();

    private RuntimeException failure;
    /** What the cache hands to the background (refreshes, its upkeep), run when a test says so. */
    private final Queue<Runnable> refreshes = new ArrayDeque<>();

    private final Ticker ticker = clock;
    private final SoonestSlots soonest = new SoonestSlots(this::compute, Duration.ofSeconds(5), refreshes::add, ticker);

    private Map<String, Optional<Instant>> compute(AppointmentType.Mode mode, List<String> locationIds) {
        if (failure != null) {
            throw failure;
        }
        computed.add(locationIds);
        var at = clock.instant();
        return locationIds.stream().collect(Collectors.toMap(id -> id, id -> Optional.of(at)));
    }

    private void runRefreshes() {
        while (!refreshes.isEmpty()) {
            refreshes.poll().run();
        }
    }

    @Test
    void shouldTakeTheFiguresOnceAndTakeThemAgainBehindTheRequestsPastHalfTheirAge() {
        var first = soonest.of(IN_PERSON, ALL);
        clock.advance(Duration.ofMillis(2_500));
        assertThat(soonest.of(IN_PERSON, ALL)).isEqualTo(first);
        runRefreshes();
        assertThat(computed).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(soonest.of(IN_PERSON, ALL)).isEqualTo(first);
        assertThat(soonest.of(IN_PERSON, ALL)).isEqualTo(first);
        assertThat(computed).hasSize(1);

        runRefreshes();
        assertThat(computed).hasSize(2);
        assertThat(computed.get(1)).containsExactlyInAnyOrderElementsOf(ALL);
        assertThat(soonest.of(IN_PERSON, ALL)).containsEntry("tustin", Optional.of(clock.instant()));
    }

    @Test
    void shouldTakeThemInTheRequestAfterAQuietSpellLongerThanTheirAgeOrForALocationTheyDoNotCover() {
        soonest.of(IN_PERSON, List.of("tustin"));
        clock.advance(Duration.ofSeconds(5));
        assertThat(soonest.of(IN_PERSON, List.of("tustin"))).containsEntry("tustin", Optional.of(clock.instant()));
        assertThat(computed).hasSize(2);

        assertThat(soonest.of(IN_PERSON, ALL)).containsOnlyKeys(ALL);
        assertThat(computed).hasSize(3);
        // each mode has figures of its own
        soonest.of(AppointmentType.Mode.VIRTUAL, ALL);
        assertThat(computed).hasSize(4);
    }

    @Test
    void shouldHandTheRefreshOverAgainAfterItFailed() {
        var first = soonest.of(IN_PERSON, ALL);
        clock.advance(Duration.ofSeconds(3));
        failure = new IllegalStateException("database away");
        assertThat(soonest.of(IN_PERSON, ALL)).isEqualTo(first);
        runRefreshes();

        // still used; the next request hands the refresh over again, and it runs once the database is back
        assertThat(soonest.of(IN_PERSON, ALL)).isEqualTo(first);
        failure = null;
        runRefreshes();
        assertThat(computed).hasSize(2);

        clock.advance(Duration.ofSeconds(5));
        failure = new IllegalStateException("database away");
        assertThatThrownBy(() -> soonest.of(IN_PERSON, ALL)).isSameAs(failure);
    }

    @Test
    void shouldTakeThemForEveryRequestWhenTheAgeIsZero() {
        var uncached = new SoonestSlots(this::compute, Duration.ZERO, refreshes::add, ticker);
        uncached.of(IN_PERSON, ALL);
        uncached.of(IN_PERSON, ALL);
        assertThat(computed).hasSize(2);
    }
}
