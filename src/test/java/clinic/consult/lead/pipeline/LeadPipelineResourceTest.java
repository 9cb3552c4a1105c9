package clinic.consult.lead.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Sql;
import clinic.consult.support.StaffApi;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The staff pipeline: search, read, change, notes, location-scoped tokens. */
@QuarkusTest
class LeadPipelineResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    private final StaffApi staff = StaffApi.as(Tokens.asStaff());

    @Test
    void shouldListNewestFirstWithTotalAndWithoutMessageOrConditions() {
        var family = uniqueName();
        var older = person(family)
                .with("message", "Evenings please")
                .conditions("PTSD")
                .submit();
        var newer = person(family).submit();

        staff.search(Map.of("q", family))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.id", contains(newer, older))
                .body("items[1].lastName", equalTo(family))
                .body("items[1].status", equalTo("NEW"))
                .body("items[1]", not(hasKey("message")))
                .body("items[1]", not(hasKey("conditions")));

        staff.search(Map.of("q", family, "sort", "createdAt", "size", 1, "page", 1))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(newer));
    }

    @Test
    void shouldFindALeadByPhoneInAnyFormatByNameOrByEmail() {
        var family = uniqueName();
        var form = person(family).with("firstName", "Rosalind");
        var id = form.submit();
        var digits = form.phone().replaceAll("\\D", "");

        for (var q : List.of(
                form.phone(),
                "+1" + digits,
                digits.substring(3),
                "rosalind " + family.toLowerCase(),
                form.email().toUpperCase())) {
            staff.search(Map.of("q", q)).then().statusCode(200).body("items.id", hasItem(id));
        }
        staff.search(Map.of("q", "rosalind " + family + "x"))
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldFilterByStatusLocationAndReceptionTime() {
        var family = uniqueName();
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        var tustin = person(family).with("preferredLocationId", "tustin").submit();
        var sealBeach = person(family).with("preferredLocationId", "seal-beach").submit();
        staff.change(sealBeach, Map.of("status", "CONTACTED")).then().statusCode(200);

        staff.search(Map.of("q", family, "locationId", "tustin"))
                .then()
                .statusCode(200)
                .body("items.id", contains(tustin));
        staff.search(Map.of("q", family, "status", "CONTACTED"))
                .then()
                .statusCode(200)
                .body("items.id", contains(sealBeach));
        staff.search(Map.of("q", family, "status", "NEW,CONTACTED", "createdFrom", start.toString()))
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        staff.search(Map.of("q", family, "createdTo", start.toString()))
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldLeaveSpamOutUnlessAskedFor() {
        var family = uniqueName();
        var spam = person(family).with("website", "http://spam.example").submit();

        staff.search(Map.of("q", family)).then().statusCode(200).body("total", equalTo(0));
        staff.search(Map.of("q", family, "status", "SPAM"))
                .then()
                .statusCode(200)
                .body("items.id", contains(spam));
    }

    @Test
    void shouldNameEveryBadSearchParameter() {
        Contract.responsesOnly();
        given().header(Tokens.asStaff())
                .queryParam("size", 500)
                .queryParam("sort", "name")
                .queryParam("status", "MAYBE")
                .queryParam("createdFrom", "yesterday")
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("status", "createdFrom", "size", "sort"))
                .body("errors[0].message", containsString("NEW, CONTACTED"));
    }

    @Test
    void shouldShowEverythingAboutALeadWithItsTimelineAndAnETag() {
        var form = LeadForm.person()
                .with("zipCode", "92780")
                .with("message", "Mornings are best")
                .conditions("ANXIETY", "MIGRAINE")
                .with("consultationMode", "IN_PERSON")
                .with(
                        "source",
                        Map.of(
                                "channel", "WEBSITE",
                                "pageUrl", "https://clinic.example.com/free-consultation",
                                "utmSource", "google",
                                "utmCampaign", "oc-ketamine"));
        var id = given().contentType(ContentType.JSON)
                .header("User-Agent", "FormBrowser/1.0")
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id");

        var response = staff.get(id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("NEW"))
                .body("nextStatuses", hasItem("CONTACTED"))
                .body("email", equalTo(form.email()))
                .body("phone", notNullValue())
                .body("message", equalTo("Mornings are best"))
                .body("conditions", contains("ANXIETY", "MIGRAINE"))
                .body("locationId", equalTo("tustin"))
                .body("routing.reason", equalTo("NEAREST"))
                .body("consent.contact", equalTo(true))
                .body("consent.privacyNoticeVersion", equalTo("2026-01"))
                .body("consent.ip", notNullValue())
                .body("consent.userAgent", equalTo("FormBrowser/1.0"))
                .body("attribution.utmSource", equalTo("google"))
                .body("attribution.utmCampaign", equalTo("oc-ketamine"))
                .body("referral", nullValue())
                .body("timeline.type", contains("RECEIVED"))
                .body("timeline[0].actor", equalTo("public-form"))
                .extract();
        assertThat(response.header("ETag")).matches("\"\\d+\"");
    }

    @Test
    void shouldMoveALeadAlongThePipelineAndRecordWhoDidIt() {
        var id = LeadForm.person().submit();
        var etag = staff.etag(id);

        var response = staff.patch(id, etag, Map.of("status", "CONTACTED", "note", "Called, left a voicemail"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CONTACTED"))
                .body("timeline.type", contains("RECEIVED", "STATUS_CHANGED"))
                .body("timeline[1].actor", equalTo("front-desk-1"))
                .body("timeline[1].fromStatus", equalTo("NEW"))
                .body("timeline[1].toStatus", equalTo("CONTACTED"))
                .body("timeline[1].note", equalTo("Called, left a voicemail"))
                .extract();
        assertThat(response.header("ETag")).isNotEqualTo(etag);

        staff.patch(id, response.header("ETag"), Map.of("status", "LOST"))
                .then()
                .statusCode(200)
                .body("closedAt", notNullValue())
                .body("nextStatuses", contains("CONTACTED"));
    }

    @Test
    void shouldRefuseATransitionThePipelineDoesNotAllowAndNameTheAllowedOnes() {
        var id = LeadForm.person().submit();

        staff.change(id, Map.of("status", "CONVERTED"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:illegal-status-transition"))
                .body("allowed", contains("CONTACTED", "CONSULT_BOOKED", "NOT_A_FIT", "LOST", "SPAM"))
                .body("detail", containsString("NEW"));
        staff.get(id).then().body("status", equalTo("NEW")).body("timeline.type", contains("RECEIVED"));
    }

    @Test
    void shouldRefuseAStaleOrMissingIfMatch() {
        var id = LeadForm.person().submit();
        var etag = staff.etag(id);
        staff.patch(id, etag, Map.of("status", "CONTACTED")).then().statusCode(200);

        staff.patch(id, etag, Map.of("status", "LOST"))
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:clinic:consult:problem:precondition-failed"));
        Contract.responsesOnly();
        staff.patch(id, null, Map.of("status", "LOST"))
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:clinic:consult:problem:precondition-required"));
        staff.get(id).then().body("status", equalTo("CONTACTED"));
    }

    @Test
    void shouldRefuseAnEmptyChangeAndAnUnknownLocation() {
        var id = LeadForm.person().submit();
        Contract.responsesOnly();

        staff.change(id, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("status"));
        staff.change(id, Map.of("locationId", "irvine"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("locationId"));
        staff.change(id, Map.of("status", "WAITING")).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldReassignALeadToAnotherLocation() {
        var id = LeadForm.person().with("preferredLocationId", "tustin").submit();

        staff.change(id, Map.of("locationId", "seal-beach", "note", "Lives closer to Seal Beach"))
                .then()
                .statusCode(200)
                .body("locationId", equalTo("seal-beach"))
                .body("routing.reason", equalTo("STAFF_REASSIGNED"))
                .body("timeline[1].type", equalTo("REASSIGNED"))
                .body("timeline[1].locationId", equalTo("seal-beach"))
                .body("timeline[1].note", equalTo("Lives closer to Seal Beach"));
    }

    @Test
    void shouldAddANoteToTheTimelineAndMakeOlderCopiesStale() {
        var id = LeadForm.person().submit();
        var etag = staff.etag(id);

        var created = staff.addNote(id, "Asked about insurance")
                .then()
                .statusCode(201)
                .body("type", equalTo("NOTE"))
                .body("actor", equalTo("front-desk-1"))
                .body("note", equalTo("Asked about insurance"))
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/leads/" + id);

        staff.get(id).then().body("timeline.note", hasItem("Asked about insurance"));
        staff.patch(id, etag, Map.of("status", "CONTACTED")).then().statusCode(412);
    }

    @Test
    void shouldAnswerAndAuditAnotherLocationsLeadExactlyAsALeadThatDoesNotExist() {
        var sealBeach =
                LeadForm.person().with("preferredLocationId", "seal-beach").submit();
        var nobody = UUID.randomUUID().toString();
        var subject = "front-desk-probe-" + uniqueName();
        var tustinDesk = StaffApi.as(Tokens.bearer(Tokens.signedFor(subject, List.of("tustin"), "staff")));

        var refused = tustinDesk.get(sealBeach).then().statusCode(404).extract();
        var unknown = tustinDesk.get(nobody).then().statusCode(404).extract();

        assertThat(withoutRequestParts(refused.jsonPath().getMap("$")))
                .isEqualTo(withoutRequestParts(unknown.jsonPath().getMap("$")));
        assertThat(Sql.column(
                        dataSource,
                        "select lead_id || ' ' || action from audit_log where subject = ? order by id",
                        subject))
                .containsExactly(sealBeach + " LEAD_ACCESS_DENIED", nobody + " LEAD_ACCESS_DENIED");
    }

    /** A problem without what names the request (its path, its id, and the id it asked for in the detail). */
    private static Map<Object, Object> withoutRequestParts(Map<Object, Object> problem) {
        var rest = new java.util.HashMap<>(problem);
        rest.remove("instance");
        rest.remove("correlationId");
        rest.put("detail", String.valueOf(rest.get("detail")).replaceAll("[0-9a-f-]{36}", "<id>"));
        return rest;
    }

    @Test
    void shouldKeepTheNoteOfAPatchThatChangesNothingElse() {
        var id = LeadForm.person().submit();

        staff.change(id, Map.of("note", "Left a voicemail"))
                .then()
                .statusCode(200)
                .body("status", equalTo("NEW"))
                .body("timeline.type", contains("RECEIVED", "NOTE"))
                .body("timeline[1].note", equalTo("Left a voicemail"));
        // a status the lead already has carries no note: the note stands alone
        staff.change(id, Map.of("status", "NEW", "note", "Still new"))
                .then()
                .statusCode(200)
                .body("timeline.type", contains("RECEIVED", "NOTE", "NOTE"))
                .body("timeline[2].note", equalTo("Still new"));
    }

    @Test
    void shouldShowAScopedTokenOnlyItsLocationsLeads() {
        var family = uniqueName();
        var tustin = person(family).with("preferredLocationId", "tustin").submit();
        var sealBeach = person(family).with("preferredLocationId", "seal-beach").submit();
        var tustinDesk = StaffApi.as(Tokens.bearer(Tokens.staffOf("tustin")));

        tustinDesk.search(Map.of("q", family)).then().statusCode(200).body("items.id", contains(tustin));
        tustinDesk
                .search(Map.of("q", family, "locationId", "seal-beach"))
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        tustinDesk.get(tustin).then().statusCode(200);
        tustinDesk.get(sealBeach).then().statusCode(404);
        tustinDesk
                .patch(sealBeach, "\"0\"", Map.of("status", "CONTACTED"))
                .then()
                .statusCode(404);
        tustinDesk.addNote(sealBeach, "peek").then().statusCode(404);
        staff.get(sealBeach).then().body("status", equalTo("NEW")).body("timeline.type", contains("RECEIVED"));
    }

    @Test
    void shouldAnswerAnUnknownLeadWithNotFound() {
        staff.get(UUID.randomUUID().toString())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:clinic:consult:problem:not-found"));
        Contract.responsesOnly();
        staff.get("not-a-lead").then().statusCode(404);
    }

    @Test
    void shouldKeepThePipelineForStaff() {
        var id = LeadForm.person().submit();
        Contract.responsesOnly();

        given().get("/api/v1/leads/{id}", id).then().statusCode(401);
        given().header(Tokens.bearer(Tokens.withoutRoles()))
                .get("/api/v1/leads")
                .then()
                .statusCode(403);
        given().header(Tokens.asStaff()).delete("/api/v1/leads/{id}", id).then().statusCode(403);
        staff.get(id).then().statusCode(200).body("erasedAt", nullValue());
    }

    @Test
    void shouldListOnlyWhatTheStaffToolNeeds() {
        var family = uniqueName();
        person(family).submit();

        staff.search(Map.of("q", family))
                .then()
                .statusCode(200)
                .body("items", everyItem(not(hasKey("consent"))))
                .body("items", everyItem(hasKey("phone")));
    }

    @Test
    void shouldEraseAPersonOnRequestAndKeepTheAuditTrail() {
        var form = LeadForm.person()
                .with("message", "I have had migraines for years")
                .conditions("MIGRAINE");
        var id = form.submit();
        staff.addNote(id, "Mentioned a family history").then().statusCode(201);

        given().header(Tokens.asAdmin()).delete("/api/v1/leads/{id}", id).then().statusCode(204);

        staff.get(id)
                .then()
                .statusCode(200)
                .body("erasedAt", notNullValue())
                .body("status", equalTo("NEW"))
                .body("firstName", nullValue())
                .body("email", nullValue())
                .body("phone", nullValue())
                .body("message", nullValue())
                .body("conditions.size()", equalTo(0))
                .body("consent.ip", nullValue())
                .body("timeline.type", contains("RECEIVED", "NOTE", "ERASED"))
                .body("timeline.note", everyItem(nullValue()))
                .body("timeline[2].actor", equalTo("admin-1"));
        given().header(Tokens.asAdmin())
                .queryParam("leadId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("LEAD_ERASED"))
                .body("items.action", hasItem("LEAD_NOTE_ADDED"));
        given().header(Tokens.asAdmin()).delete("/api/v1/leads/{id}", id).then().statusCode(204);
        staff.search(Map.of("q", form.email())).then().body("total", equalTo(0));

        // the same person writing again starts afresh rather than reviving the erased lead
        var again = form.submit();
        assertThat(again).isNotEqualTo(id);
    }

    static LeadForm person(String lastName) {
        return LeadForm.person().with("lastName", lastName);
    }

    static String uniqueName() {
        return "Fam"
                + LeadForm.letters(UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFFFFL)
                        .toLowerCase();
    }
}
