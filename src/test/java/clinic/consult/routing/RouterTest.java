package clinic.consult.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final GeoPoint TUSTIN = new GeoPoint(33.736809, -117.819678);
    private static final GeoPoint SAN_JUAN_CAPISTRANO = new GeoPoint(33.499774, -117.653704);
    private static final GeoPoint SEAL_BEACH = new GeoPoint(33.754334, -118.073267);
    private static final List<Router.Candidate> LOCATIONS = List.of(
            new Router.Candidate("san-juan-capistrano", SAN_JUAN_CAPISTRANO),
            new Router.Candidate("seal-beach", SEAL_BEACH),
            new Router.Candidate("tustin", TUSTIN));

    @Test
    void shouldHonourTheLocationThePersonChose() {
        var decision =
                Router.decide(new RoutingRequest("seal-beach", SAN_JUAN_CAPISTRANO, false), LOCATIONS, ids -> "x");

        assertThat(decision).isEqualTo(new RoutingDecision("seal-beach", RoutingReason.PREFERRED_LOCATION, null));
    }

    @Test
    void shouldSendAPersonWithAPlaceToTheNearestLocationAndRecordTheDistance() {
        var laguna = new GeoPoint(33.5427, -117.7854); // Laguna Beach: SJC is closest
        var longBeach = new GeoPoint(33.7701, -118.1937); // Long Beach: Seal Beach is closest

        var toSjc = Router.decide(new RoutingRequest(null, laguna, false), LOCATIONS, ids -> "x");
        var toSealBeach = Router.decide(new RoutingRequest(null, longBeach, false), LOCATIONS, ids -> "x");

        assertThat(toSjc.locationId()).isEqualTo("san-juan-capistrano");
        assertThat(toSjc.reason()).isEqualTo(RoutingReason.NEAREST);
        assertThat(toSjc.distanceMiles()).isBetween(7.0, 9.0);
        assertThat(toSealBeach.locationId()).isEqualTo("seal-beach");
        assertThat(toSealBeach.distanceMiles()).isBetween(6.0, 8.0);
    }

    @Test
    void shouldUseEarliestAvailabilityWithoutPreferenceOrPlace() {
        var decision = Router.decide(new RoutingRequest(null, null, false), LOCATIONS, ids -> ids.get(1));

        assertThat(decision).isEqualTo(new RoutingDecision("seal-beach", RoutingReason.EARLIEST_AVAILABILITY, null));
    }

    @Test
    void shouldUseEarliestAvailabilityForAVirtualConsultationEvenWithAPlace() {
        var decision = Router.decide(new RoutingRequest(null, TUSTIN, true), LOCATIONS, ids -> "san-juan-capistrano");

        assertThat(decision.reason()).isEqualTo(RoutingReason.EARLIEST_AVAILABILITY);
        assertThat(decision.locationId()).isEqualTo("san-juan-capistrano");
    }

    @Test
    void shouldIgnoreAnUnknownPreferenceAndFallThrough() {
        var decision = Router.decide(new RoutingRequest("irvine", TUSTIN, false), LOCATIONS, ids -> "x");

        assertThat(decision.reason()).isEqualTo(RoutingReason.NEAREST);
        assertThat(decision.locationId()).isEqualTo("tustin");
        assertThat(decision.distanceMiles()).isZero();
    }

    @Test
    void shouldPickTheSoonestOpenSlotForEarliestAvailability() {
        var ids = List.of("san-juan-capistrano", "seal-beach", "tustin");
        var nine = Instant.parse("2026-11-30T17:00:00Z");

        var soonest = Map.of(
                "san-juan-capistrano", Optional.of(nine.plusSeconds(1800)),
                "seal-beach", Optional.of(nine),
                "tustin", Optional.<Instant>empty());

        assertThat(RoutingService.earliest(ids, soonest, Map.of("seal-beach", 50L)))
                .isEqualTo("seal-beach");
    }

    @Test
    void shouldBreakEarliestAvailabilityTiesByFewestRecentLeadsThenId() {
        var ids = List.of("san-juan-capistrano", "seal-beach", "tustin");
        var nine = Optional.of(Instant.parse("2026-11-30T17:00:00Z"));
        var allAtNine = Map.of("san-juan-capistrano", nine, "seal-beach", nine, "tustin", nine);
        var noneOpen = Map.<String, Optional<Instant>>of();

        assertThat(RoutingService.earliest(ids, allAtNine, Map.of("san-juan-capistrano", 5L, "seal-beach", 2L)))
                .isEqualTo("tustin");
        assertThat(RoutingService.earliest(
                        ids, noneOpen, Map.of("san-juan-capistrano", 1L, "seal-beach", 1L, "tustin", 1L)))
                .isEqualTo("san-juan-capistrano");
    }

    @Test
    void shouldMeasureGreatCircleMiles() {
        // Tustin to Seal Beach: 14.6 miles as the crow flies
        assertThat(TUSTIN.milesTo(SEAL_BEACH)).isBetween(14.5, 14.7);
        assertThat(TUSTIN.milesTo(TUSTIN)).isZero();
    }
}
