package clinic.consult.series;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Race;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import clinic.consult.support.Treatment;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The series guarantee: when fifty staff book series racing for the last chair of one infusion, exactly one series
 * is booked, the others get 409 with nothing of theirs stored (no partial series), and no chair is over-booked.
 */
@QuarkusTest
class SeriesConcurrencyTest extends ApiTest {

    private static final int CLIENTS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldBookExactlyOneOfFiftySeriesRacingForTheLastChair() throws Exception {
        var monday = Slots.monday().plusWeeks(4);
        var wanted = starts(monday, 0, 2, 4, 7, 10);
        // three series end on the same last infusion: of its four chairs, one is left; the first four infusions
        // of every racer have room, so a racer that loses does so after taking four seats
        for (int i = 0; i < 3; i++) {
            Treatment.book(Treatment.booking(
                            Treatment.consultedLead("tustin"), "tustin", starts(monday, 1, 3, 4, 8, 10)))
                    .then()
                    .statusCode(201);
        }
        var leads = new ArrayList<String>();
        for (int i = 0; i < CLIENTS; i++) {
            leads.add(Treatment.consultedLead("tustin"));
        }
        var token = Tokens.staff();
        var statuses = Race.statuses(CLIENTS, i -> {
            var body = Treatment.booking(leads.get(i), "tustin", wanted);
            return () -> http.send(
                            HttpRequest.newBuilder(URI.create(base + "api/v1/series/book"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        });

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
        var leadList = "'" + String.join("','", leads) + "'";
        assertThat(count("SELECT count(*) FROM treatment_series WHERE lead_id IN (" + leadList + ")"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM appointments WHERE lead_id IN (" + leadList + ")"))
                .isEqualTo(5);
        // no series without all its infusions, and no start over its four chairs
        assertThat(count("SELECT count(*) FROM treatment_series s WHERE s.infusions <>"
                        + " (SELECT count(*) FROM appointments a WHERE a.series_id = s.id)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM (SELECT start_at FROM appointments WHERE status = 'BOOKED'"
                        + " AND appointment_type_id = 'ketamine-infusion' AND location_id = 'tustin'"
                        + " GROUP BY start_at HAVING count(*) > 4) AS over"))
                .isZero();
    }

    private static List<String> starts(java.time.LocalDate monday, int... days) {
        var starts = new ArrayList<String>();
        for (int day : days) {
            starts.add(Slots.at(monday.plusDays(day), "08:00"));
        }
        return starts;
    }

    private long count(String sql) {
        return Long.parseLong(Sql.single(dataSource, sql));
    }
}
