package clinic.consult.lead.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.LogCapture;
import clinic.consult.support.Metrics;
import clinic.consult.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The public consultation form: POST /api/v1/leads. */
@QuarkusTest
class LeadResourceTest extends ApiTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNameEveryInvalidFieldAndStoreNothing() {
        Contract.responsesOnly();
        var before = leadCount();
        var body = LeadForm.person().body();
        body.put("firstName", "");
        body.remove("lastName");
        body.put("email", "maria-at-example");
        body.put("phone", "12345");
        body.put("zipCode", "9278");
        body.put("message", "x".repeat(2001));
        body.put("consent", Map.of("contact", false, "privacyNoticeVersion", "2026-01"));

        submit(body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "consent.contact", "email", "firstName", "lastName", "message", "phone", "zipCode"));

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void shouldNameAnUnknownLocationAndHalfGivenCoordinates() {
        submit(LeadForm.person()
                        .with("preferredLocationId", "irvine")
                        .with("latitude", 33.7)
                        .body())
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("preferredLocationId", "longitude"));
    }

    @Test
    void shouldNameAnUnknownConditionAndAnUnknownProperty() {
        Contract.responsesOnly();
        submit(LeadForm.person().conditions("INSOMNIA").body())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("conditions[0]"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "must be one of: DEPRESSION, ANXIETY, PTSD, OCD, CHRONIC_PAIN, CRPS, FIBROMYALGIA, MIGRAINE,"
                                        + " NEUROPATHIC_PAIN, OTHER"));
        submit(LeadForm.person().with("insurance", "Aetna").body())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("insurance"));
    }

    @Test
    void shouldRefuseNamesThatWouldCarryALinkOrANumberIntoTheReceipt() {
        Contract.responsesOnly();
        // the receipt goes to whatever address was typed, greeting whatever name was typed
        for (var name : List.of("Visit evil.example", "https://evil.example", "Call 8005550100", "<script>")) {
            given().contentType(ContentType.JSON)
                    .body(LeadForm.person().with("firstName", name).body())
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(400)
                    .body("errors.field", containsInAnyOrder("firstName"));
        }
    }

    @Test
    void shouldRequireSmsConsentToPreferSms() {
        submit(LeadForm.person().with("preferredContact", "SMS").body())
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("consent.sms"));
    }

    @Test
    void shouldStoreAReturningPersonsSubmissionOnItsOwnAndChangeNothingOfTheirLead() {
        var first = LeadForm.person().with("zipCode", "92780").conditions("ANXIETY");
        var firstId = given().contentType(ContentType.JSON)
                .header("User-Agent", "Browser/1.0")
                .body(first.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();
        var leadBefore = Sql.single(dataSource, LEAD_AS_STORED, firstId);
        var timelineBefore = Sql.column(dataSource, TIMELINE, firstId);

        // whoever knows the address: another place, another location, conditions, a message, other consent
        var again = LeadForm.person()
                .with("email", first.email().toUpperCase())
                .with("zipCode", "90740")
                .with("preferredLocationId", "seal-beach")
                .with("message", "Please call after 5pm")
                .with("consent", Map.of("contact", true, "sms", true, "privacyNoticeVersion", "2099-01"))
                .conditions("MIGRAINE");
        var second = given().contentType(ContentType.JSON)
                .header("User-Agent", "Attacker/6.6")
                .body(again.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract();

        // its own id and token, routed from this submission alone
        var secondId = second.path("id").toString();
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(second.<String>path("location.id")).isEqualTo("seal-beach");
        assertThat(second.header("Location")).endsWith("/api/v1/leads/" + secondId);
        // the lead is as it was: data, location, consent, status, version, timeline
        assertThat(Sql.single(dataSource, LEAD_AS_STORED, firstId)).isEqualTo(leadBefore);
        assertThat(leadBefore).contains("tustin", "ANXIETY", "2026-01", "Browser/1.0", "NEW");
        assertThat(Sql.column(dataSource, TIMELINE, firstId))
                .isEqualTo(timelineBefore)
                .containsExactly("RECEIVED");
        // the submission keeps its own, linked for staff
        assertThat(Sql.single(dataSource, "select possible_duplicate_of from leads where id = ?::uuid", secondId))
                .isEqualTo(firstId);
        assertThat(Sql.single(dataSource, LEAD_AS_STORED, secondId))
                .contains("seal-beach", "MIGRAINE", "Please call after 5pm", "2099-01", "Attacker/6.6", "NEW");
    }

    private static final String LEAD_AS_STORED =
            """
            select concat_ws('|', status, location_id, routing_reason, first_name, email_normalized, phone, zip_code,
                preferred_location_id, conditions, message, consent_contact, consent_sms, privacy_notice_version,
                consent_at, consent_ip, consent_user_agent, source_channel, version, updated_at)
            from leads where id = ?::uuid""";

    private static final String TIMELINE = "select type from lead_events where lead_id = ?::uuid order by id";

    @Test
    void shouldLinkASubmissionWithTheSamePhoneInAnotherFormat() {
        var first = LeadForm.person();
        var firstId =
                submit(first.body()).then().statusCode(201).extract().path("id").toString();
        var digits = first.phone().replaceAll("\\D", "");

        var secondId = submit(LeadForm.person().with("phone", "+1 " + digits).body())
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();

        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(Sql.single(dataSource, "select possible_duplicate_of from leads where id = ?::uuid", secondId))
                .isEqualTo(firstId);
    }

    @Test
    void shouldGiveACallerNothingThatTellsAKnownPersonFromAStranger() {
        var known = LeadForm.person();
        var knownId =
                submit(known.body()).then().statusCode(201).extract().path("id").toString();
        var freshPhone = LeadForm.person().phone();

        // the known person's email with a fresh phone, then any email with that phone: the old attack
        var withKnownEmail = submit(LeadForm.person()
                        .with("email", known.email())
                        .with("phone", freshPhone)
                        .body())
                .then()
                .statusCode(201)
                .extract();
        var withFreshPhone = submit(LeadForm.person().with("phone", freshPhone).body())
                .then()
                .statusCode(201)
                .extract();
        var stranger = submit(LeadForm.person().body()).then().statusCode(201).extract();

        assertThat(List.of(
                        knownId,
                        withKnownEmail.path("id").toString(),
                        withFreshPhone.path("id").toString(),
                        stranger.path("id").toString()))
                .doesNotHaveDuplicates();
        assertThat(keysOf(withKnownEmail)).isEqualTo(keysOf(stranger));
        assertThat(keysOf(withFreshPhone)).isEqualTo(keysOf(stranger));
        // the token answered for the submission names the submission, never the known lead
        assertThat(withKnownEmail.<String>path("leadToken")).isNotBlank();
    }

    private static java.util.Set<String> keysOf(ExtractableResponse<Response> answer) {
        return answer.jsonPath().getMap("$").keySet().stream()
                .map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void shouldFileAHoneypotSubmissionAsSpamWithTheNormalAnswer() {
        var real = LeadForm.person();
        var realId =
                submit(real.body()).then().statusCode(201).extract().path("id").toString();

        var bot = submit(LeadForm.person()
                        .with("email", real.email())
                        .with("website", "http://cheap-pills.example")
                        .body())
                .then()
                .statusCode(201)
                .body("location.id", notNullValue())
                .extract();

        var botId = bot.path("id").toString();
        assertThat(botId).isNotEqualTo(realId);
        assertThat(Sql.single(dataSource, "select status from leads where id = ?::uuid", botId))
                .isEqualTo("SPAM");
        assertThat(Sql.single(dataSource, "select status from leads where id = ?::uuid", realId))
                .isEqualTo("NEW");
    }

    @Test
    void shouldRecordConsentWithTimeAddressUserAgentAndNoticeVersion() {
        var id = given().contentType(ContentType.JSON)
                .header("User-Agent", "ClinicApp/3.2 (iOS 19)")
                .body(LeadForm.person().body())
                .when()
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();

        var consent = Sql.single(
                dataSource,
                "select concat_ws('|', consent_contact, privacy_notice_version, consent_ip, consent_user_agent,"
                        + " consent_at is not null) from leads where id = ?::uuid",
                id);
        assertThat(consent).isEqualTo("t|2026-01|127.0.0.1|ClinicApp/3.2 (iOS 19)|t");
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameIdempotencyKey() {
        var key = UUID.randomUUID().toString();
        var form = LeadForm.person().body();

        var first = submit(form, key).then().statusCode(201).extract();
        var replay = submit(form, key).then().statusCode(201).extract();

        assertThat(replay.asString()).isEqualTo(first.asString());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Sql.single(dataSource, "select count(*) from leads where email_normalized = ?", form.get("email")))
                .isEqualTo("1");
        assertThat(Sql.single(
                        dataSource,
                        "select count(*) from lead_events where lead_id = ?::uuid",
                        first.path("id").toString()))
                .isEqualTo("1");
    }

    @Test
    void shouldRefuseTheSameIdempotencyKeyWithAnotherBody() {
        var key = UUID.randomUUID().toString();
        submit(LeadForm.person().body(), key).then().statusCode(201);

        submit(LeadForm.person().body(), key)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:idempotency-key-reused"));
    }

    @Test
    void shouldCreateOneLeadForConcurrentRequestsWithOneKey() throws Exception {
        var key = UUID.randomUUID().toString();
        var form = LeadForm.person().body();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var calls = new ArrayList<Callable<ExtractableResponse<Response>>>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> submit(form, key).then().extract());
            }
            var ids = new ArrayList<String>();
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get().statusCode()).isEqualTo(201);
                ids.add(result.get().path("id").toString());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.single(dataSource, "select count(*) from leads where email_normalized = ?", form.get("email")))
                .isEqualTo("1");
    }

    @Test
    void shouldLinkConcurrentSubmissionsOfOnePersonToOneOfThem() throws Exception {
        var form = LeadForm.person();
        var pool = Executors.newFixedThreadPool(6);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> submit(form.body()).then().extract().statusCode());
            }
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        var roots = Sql.column(
                dataSource,
                "select id from leads where email_normalized = ? and possible_duplicate_of is null",
                form.email());
        assertThat(roots).hasSize(1);
        assertThat(Sql.column(
                        dataSource,
                        "select possible_duplicate_of from leads where email_normalized = ?"
                                + " and possible_duplicate_of is not null",
                        form.email()))
                .hasSize(5)
                .containsOnly(roots.get(0));
    }

    @Test
    void shouldKeepNamesEmailsPhonesAndMessagesOutOfTheLog() {
        var form = LeadForm.person()
                .with("firstName", "Zebulon")
                .with("lastName", "Quackenbush")
                .with("message", "I have had treatment-resistant depression for years")
                .conditions("DEPRESSION");
        try (var log = LogCapture.start()) {
            var id = submit(form.body())
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id")
                    .toString();
            submit(form.body()).then().statusCode(201);

            var text = log.text();
            assertThat(text).contains(id);
            assertThat(text)
                    .doesNotContain("Zebulon", "Quackenbush", form.email(), "treatment-resistant", "DEPRESSION")
                    .doesNotContain(form.phone().replaceAll("\\D", "").substring(3));
        }
    }

    private long leadCount() {
        return Long.parseLong(Sql.single(dataSource, "select count(*) from leads"));
    }

    @Test
    void shouldCountLeadsByChannelAndRoutingReasonPossibleDuplicatesAndSpam() {
        String[] mobileAndPreferred = {"channel", "mobile_app", "routing_reason", "PREFERRED_LOCATION"};
        double receivedBefore = Metrics.value("consult_leads_received_total", mobileAndPreferred);
        double duplicatesBefore = Metrics.value("consult_leads_possible_duplicates_total");
        double spamBefore = Metrics.value("consult_leads_spam_total");
        var form =
                LeadForm.person().with("preferredLocationId", "tustin").with("source", Map.of("channel", "MOBILE_APP"));

        submit(form.body()).then().statusCode(201);
        submit(form.body()).then().statusCode(201);
        submit(LeadForm.person().with("website", "buy-now.example").body())
                .then()
                .statusCode(201);

        assertThat(Metrics.value("consult_leads_received_total", mobileAndPreferred))
                .isEqualTo(receivedBefore + 2);
        assertThat(Metrics.value("consult_leads_possible_duplicates_total")).isEqualTo(duplicatesBefore + 1);
        assertThat(Metrics.value("consult_leads_spam_total")).isEqualTo(spamBefore + 1);
    }

    private static Response submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/leads");
    }

    private static Response submit(Map<String, Object> body, String idempotencyKey) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .when()
                .post("/api/v1/leads");
    }
}
