package clinic.consult.lead.intake;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.lead.LeadRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The routing tie-break's counts: kept fresh by the background job while leads come in, forgotten by an instance that
 * routed none since the last count (no week of leads scanned every 5 s for nobody), counted again by the next lead.
 */
@QuarkusTest
class RecentLeadCountsTest {

    private static final List<String> ALL = List.of("san-juan-capistrano", "seal-beach", "tustin");

    @Inject
    RecentLeadCounts counts;

    @Inject
    LeadRepository leads;

    @Inject
    Clock clock;

    @Test
    void shouldForgetTheCountsWhenNoLeadWasRoutedSinceTheLastCountAndCountAgainForTheNextLead() {
        routeOne();
        assertThat(counts.held()).isTrue();

        // a lead was routed since the last count: the job counts again
        counts.refresh();
        assertThat(counts.held()).isTrue();

        // none since: the job forgets them instead (the scheduled job, running meanwhile, can only do the same)
        counts.refresh();
        assertThat(counts.held()).isFalse();
        counts.refresh();
        assertThat(counts.held()).isFalse();

        // the next lead counts, and holds the counts for the ones after it
        var counted = routeOne();
        assertThat(counts.held()).isTrue();
        assertThat(counted).isEqualTo(expected());
    }

    /** What intake asks for a lead, in its transaction. */
    private Map<String, Long> routeOne() {
        return QuarkusTransaction.requiringNew().call(() -> counts.of(ALL));
    }

    private Map<String, Long> expected() {
        var stored = QuarkusTransaction.requiringNew()
                .call(() -> leads.countByLocationSince(clock.instant().minus(RecentLeadCounts.WINDOW)));
        return Map.of(
                "san-juan-capistrano", stored.getOrDefault("san-juan-capistrano", 0L),
                "seal-beach", stored.getOrDefault("seal-beach", 0L),
                "tustin", stored.getOrDefault("tustin", 0L));
    }
}
