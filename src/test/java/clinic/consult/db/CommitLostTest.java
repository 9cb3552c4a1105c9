package clinic.consult.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Seed;
import clinic.consult.support.Slots;
import clinic.consult.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's connection dropped in the middle of a commit: the request is answered 503 with Retry-After, like any
 * other moment the database is away, whatever exception the transaction manager carries it in. A deferred trigger
 * makes the drop happen exactly at the commit: the server process ends itself while it commits a lead named so.
 */
@QuarkusTest
class CommitLostTest extends ApiTest {

    private static final String DOOMED = "Commitlost";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void dropTheConnectionWhenALeadSoNamedCommits() {
        Seed.execute(
                dataSource,
                """
                CREATE OR REPLACE FUNCTION test_end_own_connection() RETURNS trigger AS $$
                BEGIN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                    RETURN NULL;
                END $$ LANGUAGE plpgsql;
                CREATE CONSTRAINT TRIGGER test_lost_at_commit AFTER INSERT ON leads
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                    WHEN (NEW.first_name = '%s') EXECUTE FUNCTION test_end_own_connection();
                """
                        .formatted(DOOMED));
    }

    @AfterEach
    void removeTheTrigger() {
        Seed.execute(
                dataSource,
                "DROP TRIGGER IF EXISTS test_lost_at_commit ON leads; DROP FUNCTION IF EXISTS test_end_own_connection()");
        Seed.restoreSchedules(dataSource);
    }

    @Test
    void shouldAnswerAConsultationRequestLostAtItsCommit503WithRetryAfterAndStoreNothing() {
        var form = LeadForm.person().with("firstName", DOOMED);
        given().contentType(ContentType.JSON)
                .body(form.body())
                .post("/api/v1/leads")
                .then()
                .statusCode(503)
                .header("Retry-After", "2")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:clinic:consult:problem:service-unavailable"));
        assertThat(Sql.column(dataSource, "select id from leads where email_normalized = ?", form.email()))
                .isEmpty();

        // sent again once the database takes it, it is stored
        given().contentType(ContentType.JSON)
                .body(form.with("firstName", "Commitkept").body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldAnswerABookingLostAtItsCommit503WithRetryAfterAndBookNothing() {
        var start = Slots.at(Slots.monday(), "10:30");
        Map<String, Object> booking = Slots.booking("tustin", Slots.VIRTUAL, start);
        booking.put("lead", LeadForm.person().with("firstName", DOOMED).body());
        given().contentType(ContentType.JSON)
                .body(booking)
                .post("/api/v1/appointments")
                .then()
                .statusCode(503)
                .header("Retry-After", "2")
                .contentType("application/problem+json");
        assertThat(Sql.column(dataSource, "select id from appointments where start_at = ?::timestamptz", start))
                .isEmpty();
    }
}
