package clinic.consult.lead.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/leads/{id}/merge and /split: staff, and only staff, decide that two submissions are one person. */
@QuarkusTest
class LeadDuplicateResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private final StaffApi staff = StaffApi.as(Tokens.asStaff());

    @AfterEach
    void restore() {
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldShowTheSubmissionBesideTheLeadAndMergeOnlyWhatStaffChoose() {
        var person = LeadForm.person().with("zipCode", "92780").conditions("ANXIETY");
        var leadId = person.submit();
        var submissionId = LeadForm.person()
                .with("email", person.email())
                .with("firstName", "Someone")
                .with("message", "Mornings are best")
                .with("consent", Map.of("contact", true, "sms", true, "privacyNoticeVersion", "2027-01"))
                .conditions("MIGRAINE")
                .submit();

        staff.get(leadId).then().statusCode(200).body("possibleDuplicates.id", contains(submissionId));
        staff.get(submissionId).then().statusCode(200).body("possibleDuplicateOf", equalTo(leadId));

        var merged = merge(submissionId, Map.of("into", leadId, "take", List.of("CONDITIONS", "MESSAGE")))
                .then()
                .statusCode(200)
                .body("id", equalTo(leadId))
                .body("conditions", containsInAnyOrder("ANXIETY", "MIGRAINE"))
                .body("firstName", equalTo(person.body().get("firstName")))
                .body("consent.sms", equalTo(false))
                .body("consent.privacyNoticeVersion", equalTo("2026-01"))
                .body("possibleDuplicates", empty())
                .body("mergedSubmissions.id", contains(submissionId))
                .body("timeline.type", contains("RECEIVED", "NOTE", "MERGED"))
                .body("timeline.note", hasItem("Message of submission " + submissionId + ": Mornings are best"))
                .extract();
        assertThat(merged.header("ETag")).isNotBlank();

        staff.get(submissionId)
                .then()
                .body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo(leadId))
                .body("consent.sms", equalTo(true))
                .body("consent.privacyNoticeVersion", equalTo("2027-01"))
                .body("nextStatuses", empty())
                .body("timeline.type", contains("RECEIVED", "MERGED_INTO"));
        staff.search(Map.of("q", person.email())).then().body("items.id", contains(leadId));
        given().header(Tokens.asAdmin())
                .queryParam("leadId", submissionId)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("LEAD_MERGED"));
        given().header(Tokens.asAdmin())
                .queryParam("leadId", leadId)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("LEAD_MERGED"))
                .body("items.detail", hasItem("from " + submissionId + "; took CONDITIONS, MESSAGE"));
    }

    @Test
    void shouldAttachABookingMadeWithTheSubmissionsTokenToTheSubmissionUntilStaffMerge() {
        var person = LeadForm.person();
        var leadId = person.submit();
        var receipt = given().contentType(ContentType.JSON)
                .body(LeadForm.person().with("phone", person.phone()).body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        var submissionId = (String) receipt.get("id");

        var appointmentId = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "locationId",
                        "tustin",
                        "type",
                        Slots.IN_PERSON,
                        "start",
                        Slots.at(Slots.monday(), "10:00"),
                        "leadToken",
                        receipt.get("leadToken")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .body("leadId", equalTo(submissionId))
                .extract()
                .path("id")
                .toString();

        staff.get(leadId).then().body("status", equalTo("NEW")).body("timeline.type", contains("RECEIVED"));
        staff.get(submissionId).then().body("status", equalTo("CONSULT_BOOKED"));

        merge(submissionId, Map.of("into", leadId))
                .then()
                .statusCode(200)
                .body("status", equalTo("CONSULT_BOOKED"))
                .body("timeline.type", hasItem("CONSULTATION_BOOKED"));
        assertThat(Sql.single(dataSource, "select lead_id from appointments where id = ?::uuid", appointmentId))
                .isEqualTo(leadId);
    }

    @Test
    void shouldSplitASubmissionThatIsSomeoneElse() {
        var person = LeadForm.person();
        var leadId = person.submit();
        var submissionId = LeadForm.person().with("email", person.email()).submit();

        split(submissionId)
                .then()
                .statusCode(200)
                .body("id", equalTo(submissionId))
                .body("possibleDuplicateOf", nullValue())
                .body("status", equalTo("NEW"))
                .body("timeline.type", contains("RECEIVED", "SPLIT"));
        staff.get(leadId).then().body("possibleDuplicates", empty()).body("timeline.type", contains("RECEIVED"));

        Contract.responsesOnly();
        split(submissionId)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:clinic:consult:problem:submission-not-linkable"));
        given().header(Tokens.asAdmin())
                .queryParam("leadId", submissionId)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("LEAD_SPLIT"));
    }

    @Test
    void shouldRefuseMergesTheLinksOrTheCallerDoNotAllow() {
        var person = LeadForm.person().with("preferredLocationId", "seal-beach");
        var leadId = person.submit();
        var submissionId = LeadForm.person()
                .with("email", person.email())
                .with("preferredLocationId", "tustin")
                .submit();
        Contract.responsesOnly();

        given().header(Tokens.asStaff())
                .contentType(ContentType.JSON)
                .body(Map.of("into", leadId))
                .post("/api/v1/leads/{id}/merge", submissionId)
                .then()
                .statusCode(428);
        given().header(Tokens.asStaff())
                .header("If-Match", "\"41\"")
                .contentType(ContentType.JSON)
                .body(Map.of("into", leadId))
                .post("/api/v1/leads/{id}/merge", submissionId)
                .then()
                .statusCode(412);
        merge(submissionId, Map.of("into", submissionId)).then().statusCode(400).body("errors.field", contains("into"));
        merge(submissionId, Map.of("into", "00000000-0000-4000-8000-000000000000"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("into"));
        // a Tustin-only token sees the submission, not the Seal Beach lead: the same answer as for no lead at all
        var tustin = Tokens.bearer(Tokens.staffOf("tustin"));
        given().header(tustin)
                .header("If-Match", staff.etag(submissionId))
                .contentType(ContentType.JSON)
                .body(Map.of("into", leadId))
                .post("/api/v1/leads/{id}/merge", submissionId)
                .then()
                .statusCode(400)
                .body("errors.field", contains("into"))
                .body("errors.message", contains("is not a lead you can see"));
        merge(submissionId, Map.of("into", leadId, "take", List.of("EVERYTHING")))
                .then()
                .statusCode(400)
                .body("errors.field", contains("take[0]"));

        merge(submissionId, Map.of("into", leadId)).then().statusCode(200);
        merge(submissionId, Map.of("into", leadId))
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:clinic:consult:problem:submission-not-linkable"));
        var third = LeadForm.person().submit();
        merge(third, Map.of("into", submissionId))
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("Lead '" + submissionId + "' is itself merged into lead '" + leadId
                                + "': merge into that one"));
    }

    @Test
    void shouldRefuseEveryWriteToAnErasedLeadAndEraseWhatWasMergedIntoIt() {
        var person = LeadForm.person();
        var receipt = given().contentType(ContentType.JSON)
                .body(person.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        var leadId = (String) receipt.get("id");
        var submissionId = LeadForm.person().with("email", person.email()).submit();
        merge(submissionId, Map.of("into", leadId)).then().statusCode(200);
        var etag = staff.etag(leadId);

        given().header(Tokens.asAdmin())
                .delete("/api/v1/leads/{id}", leadId)
                .then()
                .statusCode(204);

        staff.get(submissionId).then().body("erasedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Sql.single(dataSource, "select email from leads where id = ?::uuid", submissionId))
                .isNull();
        Contract.responsesOnly();
        var eraseEtag = staff.etag(leadId);
        for (var write : List.<Response>of(
                staff.patch(leadId, eraseEtag, Map.of("note", "Patient called from 714-555-0100")),
                staff.patch(leadId, eraseEtag, Map.of("status", "CONTACTED")),
                staff.addNote(leadId, "Patient called from 714-555-0100"),
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "locationId",
                                "tustin",
                                "type",
                                Slots.IN_PERSON,
                                "start",
                                Slots.at(Slots.monday(), "11:00"),
                                "leadToken",
                                receipt.get("leadToken")))
                        .post("/api/v1/appointments"))) {
            write.then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:clinic:consult:problem:lead-erased"));
        }
        assertThat(etag).isNotEqualTo(eraseEtag);
        assertThat(Sql.single(
                        dataSource,
                        "select count(*) from lead_events where lead_id = ?::uuid and note is not null",
                        leadId))
                .isEqualTo("0");
        assertThat(Sql.single(dataSource, "select count(*) from appointments where lead_id = ?::uuid", leadId))
                .isEqualTo("0");
    }

    private Response merge(String submissionId, Map<String, Object> body) {
        return given().header(Tokens.asStaff())
                .header("If-Match", staff.etag(submissionId))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/leads/{id}/merge", submissionId);
    }

    private Response split(String submissionId) {
        return given().header(Tokens.asStaff())
                .header("If-Match", staff.etag(submissionId))
                .post("/api/v1/leads/{id}/split", submissionId);
    }
}
