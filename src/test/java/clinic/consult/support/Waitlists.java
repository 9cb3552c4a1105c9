package clinic.consult.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Consultation requests that join a waitlist, and what their people see of their entries. */
public final class Waitlists {

    private Waitlists() {}

    /** A person who sent a consultation request: its lead id and lead token. */
    public record Person(LeadForm form, String leadId, String leadToken) {}

    /** A token for an entry, as the person got it on joining. */
    public record Joined(String id, String token) {}

    public static Person requested(LeadForm form) {
        var receipt = given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Person(form, receipt.getString("id"), receipt.getString("leadToken"));
    }

    /** A body joining one location's in-person line on one date, for slots starting from {@code after}. */
    public static Map<String, Object> body(
            Person person, String locationId, LocalDate date, String after, String before) {
        var body = new HashMap<String, Object>();
        body.put("leadToken", person.leadToken());
        body.put("locationId", locationId);
        body.put("type", Slots.IN_PERSON);
        body.put("from", date.toString());
        body.put("to", date.toString());
        body.put("times", Map.of("after", after, "before", before));
        return body;
    }

    public static Response join(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/waitlist");
    }

    public static Joined joined(Map<String, Object> body) {
        var answer = join(body).then().statusCode(201).extract().jsonPath();
        return new Joined(answer.getString("entry.id"), answer.getString("token"));
    }

    public static JsonPath entry(Joined joined) {
        return given().header("X-Waitlist-Token", joined.token())
                .get("/api/v1/waitlist/{id}", joined.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public static Response accept(Joined joined) {
        return given().header("X-Waitlist-Token", joined.token()).post("/api/v1/waitlist/{id}/accept", joined.id());
    }

    public static Response leave(Joined joined) {
        return given().header("X-Waitlist-Token", joined.token()).post("/api/v1/waitlist/{id}/leave", joined.id());
    }
}
