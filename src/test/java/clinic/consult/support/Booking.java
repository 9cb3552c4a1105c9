package clinic.consult.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * A booking as tests make it: {@code POST /api/v1/appointments} for a new person whose details come inline, unless the
 * test names the lead another way or a hold; then sent as it is, or expected to be booked.
 */
public final class Booking {

    private final Map<String, Object> body;

    private Booking(Map<String, Object> body) {
        this.body = body;
    }

    /** A new person (their details inline) at a start of a location's schedule for a type. */
    public static Booking at(String locationId, String type, String start) {
        return new Booking(Slots.booking(locationId, type, start));
    }

    /** Sends any body, valid or not. */
    public static Response post(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/appointments");
    }

    /** Another person's details inline. */
    public Booking lead(Map<String, Object> person) {
        body.put("lead", person);
        return this;
    }

    /** The lead of an earlier consultation request, by its token, instead of details inline. */
    public Booking leadToken(String token) {
        body.remove("lead");
        body.put("leadToken", token);
        return this;
    }

    /** Takes over a held seat. */
    public Booking hold(String holdId) {
        body.put("holdId", holdId);
        return this;
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }

    public Response post() {
        return post(body);
    }

    /** Sends it and expects the seat: the answer (with its manage token). */
    public JsonPath booked() {
        return post().then().statusCode(201).extract().jsonPath();
    }

    /** The same, as a map of the answer's fields. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> created() {
        return post().then().statusCode(201).extract().as(Map.class);
    }
}
