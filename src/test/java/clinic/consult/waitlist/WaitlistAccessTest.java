package clinic.consult.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Booking;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Tokens;
import clinic.consult.support.Waitlists;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may join, see and leave which entry; what a join must say; an erased person leaves every line. */
@QuarkusTest
class WaitlistAccessTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldRefuseAJoinThatDoesNotSayWhoWhereOrWhenClearly() {
        var person = Waitlists.requested(LeadForm.person());
        var monday = Slots.monday();
        var both = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        both.put("leadId", person.leadId());
        expectField(both, "leadToken");
        var forged = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        forged.put("leadToken", person.leadToken() + "x");
        expectField(forged, "leadToken");
        var past = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        past.put("from", "2020-01-01");
        past.put("to", "2020-01-02");
        expectField(past, "to");
        var long_ = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        long_.put("to", monday.plusDays(60).toString());
        expectField(long_, "to");
        expectField(Waitlists.body(person, "tustin", monday, "12:00", "09:00"), "times.before");
        var treatment = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        treatment.put("type", "ketamine-infusion");
        expectField(treatment, "type");
        var byId = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        byId.remove("leadToken");
        byId.put("leadId", person.leadId());
        Waitlists.join(byId).then().statusCode(403);
        // a lead of another location's is one that does not exist
        given().header(Tokens.bearer(Tokens.staffOf("nowhere")))
                .contentType(ContentType.JSON)
                .body(byId)
                .post("/api/v1/waitlist")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldKeepOnePersonToOneEntryPerLineAndThreeLines() {
        var person = Waitlists.requested(LeadForm.person());
        var monday = Slots.monday();
        Waitlists.joined(Waitlists.body(person, "tustin", monday, "09:00", "12:00"));
        Waitlists.join(Waitlists.body(person, "tustin", monday.plusDays(1), "09:00", "12:00"))
                .then()
                .statusCode(409)
                .body("detail", containsString("in this line already"));
        Waitlists.joined(Waitlists.body(person, "seal-beach", monday, "09:00", "12:00"));
        var virtual = Waitlists.body(person, "tustin", monday, "09:00", "12:00");
        virtual.put("type", Slots.VIRTUAL);
        Waitlists.joined(virtual);
        Waitlists.join(Waitlists.body(person, "san-juan-capistrano", monday, "09:00", "12:00"))
                .then()
                .statusCode(409)
                .body("detail", containsString("3 lines already"));
    }

    @Test
    void shouldOpenAnEntryOnlyWithItsTokenOrToStaffOfItsLocation() {
        var mine = Waitlists.joined(
                Waitlists.body(Waitlists.requested(LeadForm.person()), "tustin", Slots.monday(), "09:00", "12:00"));
        var theirs = Waitlists.joined(
                Waitlists.body(Waitlists.requested(LeadForm.person()), "tustin", Slots.monday(), "13:00", "17:00"));

        assertThat(Waitlists.entry(mine).getInt("position")).isEqualTo(1);
        assertThat(Waitlists.entry(theirs).getInt("position")).isEqualTo(2);
        Contract.responsesOnly();
        given().header("X-Waitlist-Token", theirs.token())
                .get("/api/v1/waitlist/{id}", mine.id())
                .then()
                .statusCode(404);
        given().header("X-Waitlist-Token", theirs.token())
                .post("/api/v1/waitlist/{id}/leave", mine.id())
                .then()
                .statusCode(404);
        given().get("/api/v1/waitlist/{id}", mine.id())
                .then()
                .statusCode(401)
                .body("detail", containsString("X-Waitlist-Token"));
        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .get("/api/v1/waitlist/{id}", mine.id())
                .then()
                .statusCode(404);
        given().get("/api/v1/waitlist?locationId=tustin&type=" + Slots.IN_PERSON)
                .then()
                .statusCode(401);
        given().header(Tokens.bearer(Tokens.staffOf("seal-beach")))
                .get("/api/v1/waitlist?locationId=tustin&type=" + Slots.IN_PERSON)
                .then()
                .statusCode(404);
        given().header(Tokens.asStaff())
                .get("/api/v1/waitlist?locationId=tustin&type=" + Slots.IN_PERSON)
                .then()
                .statusCode(200)
                .body("entries.id", hasItem(mine.id()))
                .body("entries.id", hasItem(theirs.id()));
        given().header(Tokens.asStaff())
                .post("/api/v1/waitlist/{id}/leave", theirs.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT"));
        Waitlists.accept(mine).then().statusCode(409);
    }

    @Test
    void shouldTakeAnErasedPersonOutOfLineAndGiveTheirOfferedSeatToTheNext() {
        var monday = Slots.monday();
        var taken =
                Booking.at("tustin", Slots.IN_PERSON, Slots.at(monday, "16:00")).created();
        var erased = Waitlists.requested(LeadForm.person());
        var first = Waitlists.joined(Waitlists.body(erased, "tustin", monday, "16:00", "16:30"));
        var next = Waitlists.joined(
                Waitlists.body(Waitlists.requested(LeadForm.person()), "tustin", monday, "16:00", "16:30"));
        given().header("X-Manage-Token", taken.get("manageToken"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/appointments/{id}/cancel", taken.get("id"))
                .then()
                .statusCode(200);
        assertThat(Waitlists.entry(first).getString("status")).isEqualTo("OFFERED");

        given().header(Tokens.asAdmin())
                .delete("/api/v1/leads/{id}", erased.leadId())
                .then()
                .statusCode(204);

        var gone = Waitlists.entry(first);
        assertThat(gone.getString("status")).isEqualTo("LEFT");
        assertThat(gone.getString("offers[0].status")).isEqualTo("WITHDRAWN");
        assertThat(Waitlists.entry(next).getString("status")).isEqualTo("OFFERED");
    }

    private static void expectField(Map<String, Object> body, String field) {
        Waitlists.join(new HashMap<>(body)).then().statusCode(400).body("errors.field", hasItem(field));
    }
}
