package clinic.consult.location;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Seed;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restoreSeed() {
        Seed.restoreLocations(dataSource);
    }

    @Test
    void shouldListTheThreeSeededLocationsByName() {
        given().when()
                .get("/api/v1/locations")
                .then()
                .statusCode(200)
                .body("id", contains("san-juan-capistrano", "seal-beach", "tustin"))
                .body("timeZone", contains("America/Los_Angeles", "America/Los_Angeles", "America/Los_Angeles"));
    }

    @Test
    void shouldServeKnownFactsAndLeaveUnknownOnesEmpty() {
        given().when()
                .get("/api/v1/locations/san-juan-capistrano")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .body("name", equalTo("San Juan Capistrano"))
                .body("address.line1", equalTo("30230 Rancho Viejo Road"))
                .body("address.line2", equalTo("Ste. 134"))
                .body("address.postalCode", equalTo("92675"))
                .body("phone", equalTo("+19495031414"))
                .body("email", nullValue());

        given().when()
                .get("/api/v1/locations/tustin")
                .then()
                .statusCode(200)
                .body("address.line1", nullValue())
                .body("address.postalCode", equalTo("92780"))
                .body("phone", nullValue())
                .body("latitude", equalTo(33.736809f));
    }

    @Test
    void shouldAnswerUnknownLocationWithNotFoundProblem() {
        given().when()
                .get("/api/v1/locations/irvine")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:not-found"))
                .body("detail", equalTo("Location 'irvine' does not exist"))
                .body("instance", equalTo("/api/v1/locations/irvine"));
    }

    @Test
    void shouldLetAnAdminUpdateALocationAndNormaliseItsPhone() {
        var update = tustin();
        update.put("phone", "(714) 555-0142");
        update.put("email", "tustin@clinic.example.org");
        update.put("address", Map.of("line1", "1 Main St", "city", "Tustin", "state", "CA", "postalCode", "92780"));

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(200)
                .body("phone", equalTo("+17145550142"))
                .body("email", equalTo("tustin@clinic.example.org"))
                .body("address.line1", equalTo("1 Main St"));

        given().when()
                .get("/api/v1/locations/tustin")
                .then()
                .body("phone", equalTo("+17145550142"))
                .body("address.line1", equalTo("1 Main St"));
    }

    @Test
    void shouldAcceptTheCurrentETagAndRefuseAStaleOne() {
        var etag = given().get("/api/v1/locations/seal-beach").then().extract().header("ETag");
        var update = sealBeach();
        update.put("phone", "562-555-0199");

        var newEtag = given().header(Tokens.asAdmin())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/seal-beach")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .extract()
                .header("ETag");

        given().header(Tokens.asAdmin())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(sealBeach())
                .when()
                .put("/api/v1/locations/seal-beach")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:precondition-failed"));

        given().get("/api/v1/locations/seal-beach")
                .then()
                .header("ETag", equalTo(newEtag))
                .body("phone", equalTo("+15625550199"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        Contract.responsesOnly();
        var update = new HashMap<String, Object>();
        update.put("name", " ");
        update.put("address", Map.of("state", "California", "postalCode", "9267"));
        update.put("phone", "555");
        update.put("email", "not-an-email");
        update.put("timeZone", "PST");
        update.put("latitude", 91.0);
        update.put("longitude", -181.0);

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:validation-failed"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "address.postalCode",
                                "address.state",
                                "email",
                                "latitude",
                                "longitude",
                                "name",
                                "phone",
                                "timeZone"));

        given().get("/api/v1/locations/tustin").then().body("name", equalTo("Tustin"));
    }

    @Test
    void shouldRequireLatitudeAndLongitudeTogether() {
        var update = tustin();
        update.put("longitude", null);

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(400)
                .body("errors.field", contains("longitude"));
    }

    @Test
    void shouldRefuseANameAnotherLocationHas() {
        var update = tustin();
        update.put("name", "seal beach");

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:location-name-taken"));
    }

    @Test
    void shouldRefuseATimeZoneThatDoesNotFitAUsAddress() {
        var update = tustin();
        update.put("timeZone", "Europe/Berlin");

        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:time-zone-mismatch"));

        given().get("/api/v1/locations/tustin").then().body("timeZone", equalTo("America/Los_Angeles"));
    }

    @Test
    void shouldRefuseUpdatesFromStaff() {
        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(tustin())
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:clinic:consult:problem:forbidden"));
    }

    @Test
    void shouldRefuseAnonymousUpdates() {
        Contract.responsesOnly();
        given().contentType(ContentType.JSON)
                .body(tustin())
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:clinic:consult:problem:unauthorized"));
    }

    @Test
    void shouldNotCreateLocationsThroughUpdate() {
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(tustin())
                .when()
                .put("/api/v1/locations/irvine")
                .then()
                .statusCode(404);

        given().get("/api/v1/locations").then().body("id", not(hasItem("irvine")));
    }

    private static Map<String, Object> tustin() {
        var body = new HashMap<String, Object>();
        body.put("name", "Tustin");
        body.put("address", Map.of("city", "Tustin", "state", "CA", "postalCode", "92780"));
        body.put("timeZone", "America/Los_Angeles");
        body.put("latitude", 33.736809);
        body.put("longitude", -117.819678);
        return body;
    }

    private static Map<String, Object> sealBeach() {
        var body = new HashMap<String, Object>();
        body.put("name", "Seal Beach");
        body.put("address", Map.of("city", "Seal Beach", "state", "CA", "postalCode", "90740"));
        body.put("timeZone", "America/Los_Angeles");
        body.put("latitude", 33.754334);
        body.put("longitude", -118.073267);
        return body;
    }
}
