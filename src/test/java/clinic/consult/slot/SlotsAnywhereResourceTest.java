package clinic.consult.slot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /api/v1/slots: the soonest times across locations, for "first available anywhere". */
@QuarkusTest
class SlotsAnywhereResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldFindTheFirstAvailableSlotAcrossLocations() {
        var monday = Slots.monday();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"%sT00:00\",\"end\":\"%sT09:00\"}".formatted(monday, monday))
                .when()
                .post("/api/v1/locations/san-juan-capistrano/closures")
                .then()
                .statusCode(201);
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"start\":\"%sT00:00\",\"end\":\"%sT09:00\"}".formatted(monday, monday))
                .when()
                .post("/api/v1/locations/seal-beach/closures")
                .then()
                .statusCode(201);

        given().queryParam("type", "virtual-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.toString())
                .when()
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("locations.locationId", contains("san-juan-capistrano", "seal-beach", "tustin"))
                .body("firstAvailable.locationId", equalTo("tustin"))
                .body("firstAvailable.start", equalTo(Slots.at(monday, "08:00")))
                .body(
                        "locations.find { it.locationId == 'seal-beach' }.firstAvailable.start",
                        equalTo(Slots.at(monday, "09:00")));

        given().queryParam("type", "virtual-consultation")
                .queryParam("from", monday.toString())
                .queryParam("to", monday.toString())
                .queryParam("locationId", "seal-beach,san-juan-capistrano")
                .when()
                .get("/api/v1/slots")
                .then()
                .statusCode(200)
                .body("locations.locationId", containsInAnyOrder("san-juan-capistrano", "seal-beach"))
                .body("firstAvailable.locationId", equalTo("san-juan-capistrano"));

        given().queryParam("type", "virtual-consultation")
                .queryParam("locationId", "atlantis")
                .when()
                .get("/api/v1/slots")
                .then()
                .statusCode(400)
                .body("errors.field", contains("locationId"));
    }
}
