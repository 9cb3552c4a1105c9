package clinic.consult.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /api/v1/appointment-types: public, what the website's type picker shows. */
@QuarkusTest
class AppointmentTypeResourceTest extends ApiTest {

    @Test
    void shouldListTheConsultationsAndTheTreatmentToAnyone() {
        given().when()
                .get("/api/v1/appointment-types")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder("virtual-consultation", "in-person-consultation", "ketamine-infusion"))
                .body("find { it.id == 'ketamine-infusion' }.kind", equalTo("TREATMENT"))
                .body("find { it.id == 'virtual-consultation' }.kind", equalTo("CONSULTATION"))
                .body("find { it.id == 'virtual-consultation' }.durationMinutes", equalTo(20))
                .body("find { it.id == 'in-person-consultation' }.mode", equalTo("IN_PERSON"));
    }
}
