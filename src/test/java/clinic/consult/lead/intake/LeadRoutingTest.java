package clinic.consult.lead.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where POST /api/v1/leads sends a request: the nearest location, the one chosen, GPS, the soonest slot. */
@QuarkusTest
class LeadRoutingTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldReceiveARequestAndRouteItToTheNearestLocation() {
        var form = LeadForm.person().with("zipCode", "90803").conditions("DEPRESSION", "PTSD");

        var response = submit(form.body())
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("receivedAt", notNullValue())
                .body("location.id", equalTo("seal-beach"))
                .body("location.name", equalTo("Seal Beach"))
                .body("routing.reason", equalTo("NEAREST"))
                .extract();

        var id = response.path("id").toString();
        assertThat(response.header("Location")).endsWith("/api/v1/leads/" + id);
        assertThat(Sql.single(dataSource, "select phone from leads where id = ?::uuid", id))
                .matches("\\+1657555\\d{4}");
        assertThat(Sql.single(dataSource, "select status from leads where id = ?::uuid", id))
                .isEqualTo("NEW");
        assertThat(Sql.single(dataSource, "select conditions from leads where id = ?::uuid", id))
                .isEqualTo("DEPRESSION,PTSD");
        assertThat(Sql.column(dataSource, "select type from lead_events where lead_id = ?::uuid", id))
                .containsExactly("RECEIVED");
    }

    @Test
    void shouldPreferTheLocationThePersonChose() {
        submit(LeadForm.person()
                        .with("zipCode", "90740")
                        .with("preferredLocationId", "san-juan-capistrano")
                        .body())
                .then()
                .statusCode(201)
                .body("location.id", equalTo("san-juan-capistrano"))
                .body("location.phone", equalTo("+19495031414"))
                .body("routing.reason", equalTo("PREFERRED_LOCATION"))
                .body("routing.distanceMiles", nullValue());
    }

    @Test
    void shouldRouteByGpsCoordinatesFromTheApp() {
        submit(LeadForm.person()
                        .with("latitude", 33.7455)
                        .with("longitude", -117.8677) // Santa Ana
                        .with("source", Map.of("channel", "MOBILE_APP"))
                        .body())
                .then()
                .statusCode(201)
                .body("location.id", equalTo("tustin"))
                .body("routing.reason", equalTo("NEAREST"));
    }

    @Test
    void shouldFallThroughAnUnknownZipAndAVirtualConsultationToEarliestAvailability() {
        submit(LeadForm.person().with("zipCode", "00000").body())
                .then()
                .statusCode(201)
                .body("routing.reason", equalTo("EARLIEST_AVAILABILITY"));
        submit(LeadForm.person()
                        .with("zipCode", "92780")
                        .with("consultationMode", "VIRTUAL")
                        .body())
                .then()
                .statusCode(201)
                .body("routing.reason", equalTo("EARLIEST_AVAILABILITY"));
    }

    @Test
    void shouldRouteToTheLocationWithTheSoonestOpenSlot() {
        // only Seal Beach offers virtual consultations: it has the soonest slot
        Seed.execute(
                dataSource,
                "UPDATE schedules SET capacity = 0 WHERE appointment_type_id = 'virtual-consultation'"
                        + " AND location_id <> 'seal-beach'");
        try {
            submit(LeadForm.person().with("consultationMode", "VIRTUAL").body())
                    .then()
                    .statusCode(201)
                    .body("routing.reason", equalTo("EARLIEST_AVAILABILITY"))
                    .body("location.id", equalTo("seal-beach"));
        } finally {
            Seed.restoreSchedules(dataSource);
        }
    }

    private static Response submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/leads");
    }
}
