package clinic.consult.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Treatment series as staff work them: a lead whose consultation was held, a search, a booking. */
public final class Treatment {

    public static final String INFUSION = "ketamine-infusion";
    public static final String PLAN = "ketamine-induction";

    private Treatment() {}

    /** A new consultation request moved through its consultation by staff: a lead ready for treatment. */
    public static String consultedLead(String locationId) {
        return consulted(LeadForm.person().with("preferredLocationId", locationId));
    }

    /** The same, for this person's form. */
    public static String consulted(LeadForm form) {
        var leadId = given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
        var staff = StaffApi.as(Tokens.asStaff());
        staff.change(leadId, Map.of("status", "CONSULT_BOOKED")).then().statusCode(200);
        staff.change(leadId, Map.of("status", "CONSULTED")).then().statusCode(200);
        return leadId;
    }

    public static Map<String, Object> search(String locationId, LocalDate firstFrom, LocalDate firstTo) {
        var body = new HashMap<String, Object>();
        body.put("locationId", locationId);
        body.put("planId", PLAN);
        body.put("firstFrom", firstFrom.toString());
        body.put("firstTo", firstTo.toString());
        return body;
    }

    public static Response find(Map<String, ?> body) {
        return given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/series/find");
    }

    public static Map<String, Object> booking(String leadId, String locationId, List<String> starts) {
        var body = new HashMap<String, Object>();
        body.put("leadId", leadId);
        body.put("locationId", locationId);
        body.put("planId", PLAN);
        body.put("starts", starts);
        return body;
    }

    public static Response book(Map<String, ?> body) {
        return given().header(Tokens.asStaff())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/series/book");
    }

    /** The starts of the n-th series a search answer lists. */
    public static List<String> starts(Response found, int n) {
        return found.then().statusCode(200).extract().jsonPath().getList("series[" + n + "].infusions.start");
    }

    /** Weekdays 08:00-17:00 and Saturday 09:00-13:00, as the infusion schedules are seeded. */
    public static final String SEEDED_HOURS = "{\"MONDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
            + "\"TUESDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
            + "\"WEDNESDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
            + "\"THURSDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
            + "\"FRIDAY\":[{\"start\":\"08:00\",\"end\":\"17:00\"}],"
            + "\"SATURDAY\":[{\"start\":\"09:00\",\"end\":\"13:00\"}]}";

    /** Replaces Tustin's infusion schedule: these hours (JSON), this many chairs, a day's notice, 90 days ahead. */
    public static void replaceSchedule(String weeklyHours, int chairs) {
        var path = "/api/v1/locations/tustin/schedules/" + INFUSION;
        var etag = given().header(Tokens.asAdmin())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header(Tokens.asAdmin())
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"weeklyHours\":" + weeklyHours + ",\"slotMinutes\":60,\"stepMinutes\":30,\"bufferMinutes\":15,"
                        + "\"capacity\":" + chairs + ",\"minNoticeMinutes\":1440,\"horizonDays\":90}")
                .put(path)
                .then()
                .statusCode(200);
    }
}
