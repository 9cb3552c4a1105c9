package clinic.consult.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Invite a friend / relative / patient": POST /api/v1/referrals. */
@QuarkusTest
class ReferralResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordAnInvitationAndAnswerWithACode() {
        var invitee = newAddress();

        var response = invite(invitation(invitee))
                .then()
                .statusCode(201)
                .body("code", matchesPattern("[0-9A-Z]{10}"))
                .extract();

        var code = response.<String>path("code");
        assertThat(response.header("Location")).endsWith("/api/v1/referrals/" + code);
        assertThat(invitationsOf(invitee)).containsExactly("PENDING");
    }

    @Test
    void shouldAcceptASecondInvitationWithin30DaysAndSendNothing() {
        var invitee = newAddress();
        invite(invitation(invitee)).then().statusCode(201);

        var second = invitation(invitee.toUpperCase(Locale.ROOT));
        second.put("referrer", Map.of("name", "Another Friend", "email", newAddress()));
        invite(second).then().statusCode(201).body("code", matchesPattern("[0-9A-Z]{10}"));

        assertThat(invitationsOf(invitee)).containsExactly("PENDING", "NOT_SENT");
    }

    @Test
    void shouldInviteAgainAfter30Days() {
        var invitee = newAddress();
        invite(invitation(invitee)).then().statusCode(201);
        Seed.execute(
                dataSource,
                "update referrals set created_at = now() - interval '31 days' where invitee_email_normalized = '"
                        + invitee + "'");

        invite(invitation(invitee)).then().statusCode(201);

        assertThat(invitationsOf(invitee)).containsExactly("PENDING", "PENDING");
    }

    @Test
    void shouldReplayTheAnswerForTheSameIdempotencyKey() {
        var invitee = newAddress();
        var key = UUID.randomUUID().toString();
        var first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(invitation(invitee))
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("code");

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(invitation(invitee))
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .body("code", equalTo(first));
        assertThat(invitationsOf(invitee)).hasSize(1);
    }

    @Test
    void shouldNameEveryInvalidFieldAndStoreNothing() {
        Contract.responsesOnly();
        var invitee = newAddress();
        var body = invitation(invitee);
        body.put("referrer", Map.of("name", " ", "email", "not-an-address"));
        body.remove("relationship");

        invite(body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("referrer.email", "referrer.name", "relationship"));
        assertThat(invitationsOf(invitee)).isEmpty();
    }

    @Test
    void shouldRefuseNamesThatWouldCarryALinkOrAMessageIntoTheInvitation() {
        Contract.responsesOnly();
        for (var name : List.of(
                "Visit https://evil.example/login",
                "evil.example",
                "Call 714-555-0100",
                "<b>Dana</b>",
                "Dana @ Clinic",
                "Dana\nKim",
                "Dana " + "Kim".repeat(20))) {
            var invitee = newAddress();
            var body = invitation(invitee);
            body.put("referrer", Map.of("name", name, "email", "dana.kim@example.com"));
            invite(body).then().statusCode(400).body("errors.field", contains("referrer.name"));
            body = invitation(invitee);
            body.put("invitee", Map.of("firstName", name, "email", invitee));
            invite(body).then().statusCode(400).body("errors.field", hasItem("invitee.firstName"));
            assertThat(invitationsOf(invitee)).isEmpty();
        }
        Contract.validateAll();
        for (var name : List.of("Dana O'Neil-Kim", "J. R. Smith", "Zoë", "José María", "李娜")) {
            var body = invitation(newAddress());
            body.put("referrer", Map.of("name", name, "email", "dana.kim@example.com"));
            invite(body).then().statusCode(201);
        }
    }

    @Test
    void shouldRefuseInvitingOneself() {
        var address = newAddress();
        var body = invitation(address);
        body.put("referrer", Map.of("name", "Self", "email", address));

        invite(body).then().statusCode(400).body("errors[0].field", equalTo("invitee.email"));
    }

    @Test
    void shouldLinkTheInviteesConsultationRequestToTheReferral() {
        var code = invite(invitation(newAddress()))
                .then()
                .statusCode(201)
                .extract()
                .<String>path("code");

        var lead = LeadForm.person()
                .with("referralCode", code.toLowerCase(Locale.ROOT))
                .submit();

        StaffApi.as(Tokens.asStaff())
                .get(lead)
                .then()
                .statusCode(200)
                .body("referral.code", equalTo(code))
                .body("referral.relationship", equalTo("FRIEND"))
                .body("referral.referrerName", equalTo("Dana Kim"))
                .body("referral.invitation", equalTo("PENDING"));
    }

    @Test
    void shouldShowAReferralToStaffOnly() {
        var code = invite(invitation(newAddress()))
                .then()
                .statusCode(201)
                .extract()
                .<String>path("code");

        given().header(Tokens.asStaff())
                .get("/api/v1/referrals/{code}", code)
                .then()
                .statusCode(200)
                .body("relationship", equalTo("FRIEND"));
        given().header(Tokens.asStaff())
                .get("/api/v1/referrals/{code}", "NOSUCHCODE")
                .then()
                .statusCode(404);
        Contract.responsesOnly();
        given().get("/api/v1/referrals/{code}", code).then().statusCode(401);
    }

    private List<String> invitationsOf(String invitee) {
        return Sql.column(
                dataSource,
                "select invitation from referrals where invitee_email_normalized = ? order by created_at, code",
                invitee.toLowerCase(Locale.ROOT));
    }

    private static Response invite(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/referrals");
    }

    private static Map<String, Object> invitation(String inviteeEmail) {
        var body = new HashMap<String, Object>();
        body.put("referrer", Map.of("name", "Dana Kim", "email", "dana.kim@example.com"));
        body.put("invitee", Map.of("firstName", "Alex", "email", inviteeEmail));
        body.put("relationship", "FRIEND");
        body.put("note", "This clinic helped me a lot.");
        return body;
    }

    private static String newAddress() {
        return "invitee-" + UUID.randomUUID() + "@example.com";
    }
}
