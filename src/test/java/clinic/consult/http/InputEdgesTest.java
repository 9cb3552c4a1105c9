package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every input's edges, one class of edge a test: absurd dates, lengths, ranges, empty and blank, bodies that are no
 * object, bytes that are no UTF-8. Each is a 400 naming the field (or a 400 for the body), and nothing is stored.
 */
@QuarkusTest
class InputEdgesTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> ABSURD_INSTANTS = List.of(
            "+999999999-12-31T23:59:59Z", "-5000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void invalidOnPurpose() {
        Contract.responsesOnly();
    }

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldRefuseDatesAndTimesOutsideTheSupportedRangeWhereverTheyComeIn() {
        long holdsBefore = count("holds");
        long appointmentsBefore = count("appointments");
        var booked = given().contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "09:00")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        for (var when : ABSURD_INSTANTS) {
            named(post("/api/v1/holds", Map.of("locationId", "tustin", "type", Slots.VIRTUAL, "start", when)), "start");
            named(post("/api/v1/appointments", Slots.booking("tustin", Slots.VIRTUAL, when)), "start");
            named(
                    given().contentType(ContentType.JSON)
                            .header("X-Manage-Token", booked.getString("manageToken"))
                            .body(Map.of("start", when))
                            .post("/api/v1/appointments/{id}/reschedule", booked.getString("id"))
                            .then(),
                    "start");
            named(
                    given().header(Tokens.asStaff())
                            .queryParam("createdFrom", when)
                            .queryParam("createdTo", when)
                            .get("/api/v1/leads")
                            .then(),
                    "createdFrom",
                    "createdTo");
        }
        for (var day : List.of("+999999999-12-25", "-5000-01-01", "1999-12-31", "2100-01-01")) {
            named(
                    given().queryParam("type", Slots.VIRTUAL)
                            .queryParam("from", day)
                            .get("/api/v1/locations/tustin/slots")
                            .then(),
                    "from");
            named(
                    given().queryParam("type", Slots.VIRTUAL)
                            .queryParam("to", day)
                            .get("/api/v1/slots")
                            .then(),
                    "to");
            named(
                    given().header(Tokens.asStaff())
                            .queryParam("locationId", "tustin")
                            .queryParam("date", day)
                            .get("/api/v1/appointments")
                            .then(),
                    "date");
            named(
                    given().header(Tokens.asAdmin())
                            .contentType(ContentType.JSON)
                            .body(Map.of("start", day + "T00:00", "end", "2026-12-26T00:00"))
                            .post("/api/v1/locations/tustin/closures")
                            .then(),
                    "start");
        }
        assertThat(count("holds")).isEqualTo(holdsBefore);
        assertThat(count("appointments")).isEqualTo(appointmentsBefore + 1);
        assertThat(count("closures")).isZero();
    }

    @Test
    void shouldRefuseTextLongerThanItsFieldAndStoreNothing() {
        var form = LeadForm.person();
        var tooLong = Map.<String, Object>of(
                "firstName", "A".repeat(101),
                "lastName", "B".repeat(101),
                "message", "m".repeat(2001),
                "zipCode", "9278012345",
                "referralCode", "R".repeat(41),
                "source", Map.of("channel", "WEBSITE", "utmCampaign", "c".repeat(201), "pageUrl", "u".repeat(2001)));
        var body = form.body();
        body.putAll(tooLong);
        post("/api/v1/leads", body)
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "firstName",
                                "lastName",
                                "message",
                                "zipCode",
                                "referralCode",
                                "source.pageUrl",
                                "source.utmCampaign"));
        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();

        var lead = LeadForm.person().submit();
        named(
                given().header(Tokens.asStaff())
                        .contentType(ContentType.JSON)
                        .body(Map.of("text", "n".repeat(4001)))
                        .post("/api/v1/leads/{id}/notes", lead)
                        .then(),
                "text");
        var booked = given().contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "11:00")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        named(
                given().contentType(ContentType.JSON)
                        .header("X-Manage-Token", booked.getString("manageToken"))
                        .body(Map.of("reason", "r".repeat(501)))
                        .post("/api/v1/appointments/{id}/cancel", booked.getString("id"))
                        .then(),
                "reason");
        assertThat(Sql.single(dataSource, "select status from appointments where id = ?::uuid", booked.getString("id")))
                .isEqualTo("BOOKED");
    }

    @Test
    void shouldRefuseNumbersOutOfTheirRange() {
        named(
                post(
                        "/api/v1/leads",
                        LeadForm.person()
                                .with("latitude", 90.0001)
                                .with("longitude", -180.5)
                                .body()),
                "latitude",
                "longitude");
        named(
                given().header(Tokens.asStaff())
                        .queryParam("page", -1)
                        .queryParam("size", 101)
                        .get("/api/v1/leads")
                        .then(),
                "page",
                "size");
        named(
                given().header(Tokens.asStaff())
                        .queryParam("size", "99999999999999999999")
                        .get("/api/v1/leads")
                        .then(),
                "size");
    }

    @Test
    void shouldTreatBlankAsMissingAndRefuseWhatIsRequired() {
        var form = LeadForm.person()
                .with("firstName", "   ")
                .with("lastName", "\t")
                .with("phone", " ")
                .with("email", "  ");
        post("/api/v1/leads", form.body())
                .statusCode(400)
                .body("errors.field", hasItem("firstName"))
                .body("errors.field", hasItem("lastName"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("email"));
        var lead = LeadForm.person().submit();
        named(
                given().header(Tokens.asStaff())
                        .contentType(ContentType.JSON)
                        .body(Map.of("text", "  \n "))
                        .post("/api/v1/leads/{id}/notes", lead)
                        .then(),
                "text");
        named(
                given().header(Tokens.asStaff())
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("note", "   "))
                        .patch("/api/v1/leads/{id}", lead)
                        .then(),
                "status");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "two words")
                .body(LeadForm.person().body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("errors.field", contains("Idempotency-Key"));
        assertThat(Sql.single(dataSource, "select count(*) from lead_events where lead_id = ?::uuid", lead))
                .isEqualTo("1");
    }

    @Test
    void shouldRefuseBodiesThatAreNoObjectOrNoUtf8() {
        for (var body : List.of("null", "[]", "\"lead\"", "42", "", "{")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        post("/api/v1/leads", new HashMap<>())
                .statusCode(400)
                .body("errors.field", hasItem("consent"))
                .body("errors.field", hasItem("firstName"));
        var form = LeadForm.person();
        var json = new StringBuilder(toJson(form.body()));
        var bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        var broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, 15);
        broken[15] = (byte) 0xC3;
        broken[16] = (byte) 0x28;
        System.arraycopy(bytes, 15, broken, 17, bytes.length - 15);
        given().contentType("application/json; charset=UTF-8")
                .body(broken)
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();
    }

    @Test
    void shouldRefuseInvisibleAndLookAlikeCharactersInNames() {
        for (var name : List.of("Ana\u200B", "\u202EanA", "Ana\uFEFF", "A\u00ADna")) {
            named(
                    post(
                            "/api/v1/leads",
                            LeadForm.person().with("firstName", name).body()),
                    "firstName");
        }
    }

    private static ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void named(ValidatableResponse response, String... fields) {
        response.statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:clinic:consult:problem:validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder(fields));
    }

    private long count(String table) {
        return Long.parseLong(Sql.single(dataSource, "select count(*) from " + table));
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
