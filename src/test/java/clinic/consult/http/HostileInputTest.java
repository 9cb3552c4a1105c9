package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.RawHttp;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an attacker sends that no form would: control characters, doubled keys, other sites' pages, bare bodies. */
@QuarkusTest
class HostileInputTest extends ApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseANulInAJsonStringNamingTheFieldAndStoreNothing() {
        Contract.responsesOnly();
        var form = LeadForm.person().with("firstName", "Ann\u0000a");
        given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:validation-failed"))
                .body("errors.field", contains("firstName"));
        var unpaired = LeadForm.person().with("message", "half a pair \ud83d here");
        given().contentType(ContentType.JSON)
                .body(unpaired.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("errors.field", contains("message"));
        var nested = LeadForm.person().with("source", Map.of("channel", "WEBSITE", "utmSource", "goo\u0007gle"));
        given().contentType(ContentType.JSON)
                .body(nested.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("errors.field", contains("source.utmSource"));

        assertThat(Sql.column(
                        dataSource,
                        "select id from leads where email_normalized in (?, ?, ?)",
                        form.email(),
                        unpaired.email(),
                        nested.email()))
                .isEmpty();
    }

    @Test
    void shouldRefuseANulInAQueryParameterOrThePathNamingIt() {
        Contract.responsesOnly();
        given().urlEncodingEnabled(false)
                .get("/api/v1/locations/tustin/slots?type=in-person%00-consultation")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("type"));
        given().header(Tokens.asStaff())
                .urlEncodingEnabled(false)
                .get("/api/v1/leads?q=smith%00")
                .then()
                .statusCode(400)
                .body("errors.field", contains("q"));
        Contract.undocumentedPaths();
        given().urlEncodingEnabled(false)
                .get("/api/v1/locations/tus%00tin")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("path"));
        // A client library will not send broken %-escapes, so this one goes out by hand. Quarkus refuses a request
        // line that is not a URI before any filter of ours runs: a bare 400, the one error that is not a problem.
        var broken = RawHttp.get("/api/v1/locations/tustin/slots?type=%zz");
        assertThat(broken.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAKeyGivenTwiceAndAnythingAfterTheDocument() {
        Contract.responsesOnly();
        var form = LeadForm.person();
        var json =
                """
                {"firstName":"Ann","lastName":"Lee","email":"%s","phone":"%s",\
                "consent":{"contact":true,"privacyNoticeVersion":"2026-01","contact":false}}"""
                        .formatted(form.email(), form.phone());
        given().contentType(ContentType.JSON)
                .body(json)
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("consent.contact"))
                .body("errors.message", contains("is given more than once"));
        var trailing = json.replace(",\"contact\":false", "") + " {\"firstName\":\"Eve\"}";
        given().contentType(ContentType.JSON)
                .body(trailing)
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:malformed-request"));

        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();
    }

    @Test
    void shouldStoreTextInNormalFormC() {
        var decomposed = "Jose\u0301";
        var form = LeadForm.person().with("firstName", decomposed);
        var id = given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id")
                .toString();

        assertThat(Sql.single(dataSource, "select first_name from leads where id = ?::uuid", id))
                .isEqualTo("Jos\u00e9");
    }

    @Test
    void shouldRefusePublicWritesThatAreNotJson() {
        Contract.responsesOnly();
        var form = LeadForm.person();
        var hold = Map.of("locationId", "tustin", "type", Slots.IN_PERSON, "start", Slots.at(Slots.monday(), "09:00"));
        var referral = Map.of(
                "referrer", Map.of("name", "Dana Kim", "email", "dana@example.com"),
                "invitee", Map.of("firstName", "Alex", "email", "alex.plain@example.com"),
                "relationship", "FRIEND");
        for (var write : Map.of(
                        "/api/v1/leads", (Object) form.body(),
                        "/api/v1/holds", hold,
                        "/api/v1/referrals", referral)
                .entrySet()) {
            var json = toJson(write.getValue());
            given().noContentType()
                    .body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post(write.getKey())
                    .then()
                    .statusCode(415)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:clinic:consult:problem:unsupported-media-type"));
            given().contentType("text/plain")
                    .body(json)
                    .post(write.getKey())
                    .then()
                    .statusCode(415);
            given().contentType("application/x-www-form-urlencoded")
                    .body("firstName=Eve")
                    .post(write.getKey())
                    .then()
                    .statusCode(415);
        }
        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();
        assertThat(Sql.column(
                        dataSource,
                        "select id from referrals where invitee_email_normalized = ?",
                        "alex.plain@example.com"))
                .isEmpty();
    }

    @Test
    void shouldRefuseEveryRequestFromAnotherSitesPageWithoutProcessingIt() {
        Contract.responsesOnly();
        var form = LeadForm.person();
        for (var origin : new String[] {"https://evil.example", "null", "https://www.clinic.example.evil.example"}) {
            given().header("Origin", origin)
                    .contentType(ContentType.JSON)
                    .body(form.body())
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .header("Access-Control-Allow-Origin", (String) null);
        }
        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();

        Contract.validateAll();
        given().header("Origin", "https://www.clinic.example")
                .contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo("https://www.clinic.example"));
    }

    @Test
    void shouldKeepEveryAnswerOutOfCachesAndUnsniffed() {
        var receipt = given().contentType(ContentType.JSON)
                .body(LeadForm.person().body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .extract()
                .path("id")
                .toString();
        given().header(Tokens.asStaff())
                .get("/api/v1/leads/{id}", receipt)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().header(Tokens.asStaff())
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        Contract.responsesOnly();
        given().get("/api/v1/leads/{id}", receipt)
                .then()
                .statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        Contract.undocumentedPaths();
        for (var unknown : new String[] {"/nothing-here", "/api/v2/leads", "/favicon.ico"}) {
            given().get(unknown)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .header("Cache-Control", "no-store")
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
