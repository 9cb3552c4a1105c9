package clinic.consult.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every staff read of a lead's details and every write leaves an audit line; admins read them. */
@QuarkusTest
class AuditResourceTest extends ApiTest {

    private final StaffApi staff = StaffApi.as(Tokens.asStaff());

    @Test
    void shouldAuditListingsReadsAndWritesOfALead() {
        var form = LeadForm.person();
        var id = form.submit();
        staff.search(Map.of("q", form.email())).then().statusCode(200);
        staff.change(id, Map.of("status", "CONTACTED")).then().statusCode(200);
        staff.addNote(id, "Prefers mornings").then().statusCode(201);

        // newest first; the public submission itself is not staff access
        auditOf(id)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", contains("LEAD_NOTE_ADDED", "LEAD_STATUS_CHANGED", "LEAD_VIEWED", "LEAD_LISTED"))
                .body("items.subject", everyItem(equalTo("front-desk-1")))
                .body("items.leadId", everyItem(equalTo(id)))
                .body("items.clientIp", everyItem(notNullValue()))
                .body("items.at", everyItem(notNullValue()))
                .body("items[1].detail", equalTo("NEW->CONTACTED"));
    }

    @Test
    void shouldAuditAScopedTokenReachingForAnotherLocationsLead() {
        var id = LeadForm.person().with("preferredLocationId", "seal-beach").submit();
        var tustinDesk = Tokens.bearer(Tokens.staffOf("tustin"));

        StaffApi.as(tustinDesk).get(id).then().statusCode(404);

        auditOf(id)
                .then()
                .statusCode(200)
                .body("items.action", contains("LEAD_ACCESS_DENIED"))
                .body("items[0].subject", equalTo("front-desk-tustin"));
    }

    @Test
    void shouldFilterBySubjectAndPage() {
        var id = LeadForm.person().submit();
        var subject = "desk-" + UUID.randomUUID();
        var desk = StaffApi.as(Tokens.bearer(Tokens.signed(subject, "staff")));
        desk.get(id).then().statusCode(200);
        desk.get(id).then().statusCode(200);
        desk.get(id).then().statusCode(200);

        given().header(Tokens.asAdmin())
                .queryParam("subject", subject)
                .queryParam("size", 2)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(2))
                .body("items.action", everyItem(equalTo("LEAD_VIEWED")));
    }

    @Test
    void shouldKeepTheAuditTrailForAdmins() {
        given().header(Tokens.asStaff()).get("/api/v1/audit").then().statusCode(403);
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .queryParam("leadId", "42")
                .queryParam("size", 0)
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .body("errors.field", contains("leadId", "size"));
    }

    @Test
    void shouldKeepPersonalDataOutOfTheAuditTrail() {
        var form = LeadForm.person();
        var id = form.submit();
        staff.search(Map.of("q", form.email())).then().statusCode(200);

        var body = auditOf(id).then().statusCode(200).extract().asString();
        assertThat(body).contains("LEAD_LISTED").doesNotContain(form.email()).doesNotContain((String)
                form.body().get("firstName"));
    }

    static Response auditOf(String leadId) {
        return given().header(Tokens.asAdmin()).queryParam("leadId", leadId).get("/api/v1/audit");
    }
}
