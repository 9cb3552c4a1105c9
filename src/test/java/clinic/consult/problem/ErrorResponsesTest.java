package clinic.consult.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.LogCapture;
import clinic.consult.support.Seed;
import clinic.consult.support.Sql;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Every kind of error reaches the client as RFC 9457 problem+json, whichever layer raised it. */
@QuarkusTest
class ErrorResponsesTest extends ApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String VALID_UPDATE =
            """
            {"name":"Tustin","address":{"city":"Tustin","state":"CA","postalCode":"92780"},\
            "timeZone":"America/Los_Angeles"}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswerAnUnknownPathWithNotFoundProblem() {
        Contract.undocumentedPaths();
        given().when()
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithMethodNotAllowedProblem() {
        Contract.undocumentedPaths();
        given().when()
                .delete("/api/v1/locations")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void shouldAnswerAnUnacceptableAcceptHeaderWithNotAcceptableProblem() {
        Contract.responsesOnly();
        given().accept("text/csv")
                .when()
                .get("/api/v1/locations")
                .then()
                .statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:not-acceptable"));
    }

    @Test
    void shouldAnswerANonJsonBodyWithUnsupportedMediaTypeProblem() {
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.TEXT)
                .body("name=Tustin")
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:unsupported-media-type"));
    }

    @Test
    void shouldAnswerAnOversizedBodyWithPayloadTooLargeProblemAndStoreNothing() {
        Contract.responsesOnly();
        var oversized = VALID_UPDATE.replace("\"Tustin\",\"address\"", "\"" + "T".repeat(70_000) + "\",\"address\"");
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(oversized)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:payload-too-large"));

        Contract.validateAll();
        given().get("/api/v1/locations/tustin").then().body("name", equalTo("Tustin"));
    }

    @Test
    void shouldAnswerMalformedJsonWithMalformedRequestProblem() {
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Tustin\", ")
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:malformed-request"))
                .body("detail", equalTo("The request body is not valid JSON"));
    }

    @Test
    void shouldNameAnUnknownProperty() {
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(VALID_UPDATE.replace("{\"name\"", "{\"nickname\":\"TU\",\"name\""))
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:clinic:consult:problem:validation-failed"))
                .body("errors.field", contains("nickname"))
                .body("errors.message", contains("is not a known property"));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        Contract.responsesOnly();
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(VALID_UPDATE.replace("{\"name\"", "{\"latitude\":\"north\",\"name\""))
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(400)
                .body("errors.field", contains("latitude"));
    }

    @Test
    void shouldEchoAWellFormedRequestIdAndReplaceAMalformedOne() {
        given().header("X-Request-Id", "lb-7f3a9c21")
                .when()
                .get("/api/v1/locations/nowhere")
                .then()
                .statusCode(404)
                .header("X-Request-Id", equalTo("lb-7f3a9c21"))
                .body("correlationId", equalTo("lb-7f3a9c21"));

        given().header("X-Request-Id", "bad id\nwith newline")
                .when()
                .get("/api/v1/locations/nowhere")
                .then()
                .header("X-Request-Id", not(containsString(" ")))
                .body("correlationId", notNullValue());
    }

    @Test
    void shouldHideInternalsOfAServerErrorAndLogItsCorrelationId() {
        Seed.execute(dataSource, "ALTER TABLE locations RENAME TO locations_unavailable");
        try (var log = LogCapture.start()) {
            var response = given().when()
                    .get("/api/v1/locations")
                    .then()
                    .statusCode(500)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:clinic:consult:problem:internal-error"))
                    .body("detail", not(containsString("locations")))
                    .extract();

            var body = response.asString();
            var correlationId = response.path("correlationId").toString();
            assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("org.", "SQL", "at ");
            assertThat(response.header("X-Request-Id")).isEqualTo(correlationId);
            assertThat(log.text()).contains("Unhandled error on /api/v1/locations (correlation id " + correlationId);
        } finally {
            Seed.execute(dataSource, "ALTER TABLE locations_unavailable RENAME TO locations");
        }
    }

    @Test
    void shouldAnswerServiceUnavailableWithRetryAfterWhenNoDatabaseConnectionFreesUp() throws SQLException {
        var form = LeadForm.person();
        var held = new ArrayList<Connection>();
        try {
            // every pooled connection taken: the request waits out the acquisition timeout
            int poolSize =
                    dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            given().contentType(ContentType.JSON)
                    .body(form.body())
                    .when()
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(503)
                    .contentType(PROBLEM_JSON)
                    .header("Retry-After", "2")
                    .body("type", equalTo("urn:clinic:consult:problem:service-unavailable"))
                    .body("status", equalTo(503));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        assertThat(Sql.single(dataSource, "select count(*) from leads where lower(email) = lower(?)", form.email()))
                .isEqualTo("0");

        // the same submission goes through once connections are free again
        given().contentType(ContentType.JSON)
                .body(form.body())
                .when()
                .post("/api/v1/leads")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldAnswerServiceUnavailableWhenTheDatabaseDropsTheConnectionMidRequest() throws Exception {
        var form = LeadForm.person();
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (var lock = blocker.createStatement()) {
                // reads go on (the scheduled counts), writes wait
                lock.execute("LOCK TABLE leads IN SHARE MODE");
            }
            var answer = pool.submit(() -> given().contentType(ContentType.JSON)
                    .body(form.body())
                    .post("/api/v1/leads")
                    .then()
                    .extract());
            // the request waits for the lock; the database then drops its connection (an admin shutdown, 57P01)
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> !Sql.column(dataSource, WAITING_ON_LEADS).isEmpty());
            Sql.column(dataSource, "select pg_terminate_backend(pid) from (" + WAITING_ON_LEADS + ") waiting");
            var response = answer.get(20, java.util.concurrent.TimeUnit.SECONDS);
            blocker.rollback();

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
            assertThat(response.header("Retry-After")).isEqualTo("2");
            assertThat(response.<String>path("type")).isEqualTo("urn:clinic:consult:problem:service-unavailable");
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.single(dataSource, "select count(*) from leads where lower(email) = lower(?)", form.email()))
                .isEqualTo("0");
        // resent, as the answer says: it goes through
        var status = 0;
        for (int attempt = 0; attempt < 5 && status != 201; attempt++) {
            status = given().contentType(ContentType.JSON)
                    .body(form.body())
                    .post("/api/v1/leads")
                    .then()
                    .extract()
                    .statusCode();
        }
        assertThat(status).isEqualTo(201);
    }

    private static final String WAITING_ON_LEADS =
            // intake's insert of the new lead, waiting for the lock
            "select pid from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike '%insert into leads%' and pid <> pg_backend_pid()";
}
