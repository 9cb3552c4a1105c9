package clinic.consult.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.http.Header;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens are checked for signature, issuer, expiry and role; each refusal is a problem. */
@QuarkusTest
class AuthenticationTest extends ApiTest {

    private static final String UPDATE =
            """
            {"name":"Tustin","address":{"city":"Tustin","state":"CA","postalCode":"92780"},\
            "timeZone":"America/Los_Angeles","latitude":33.736809,"longitude":-117.819678}""";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restoreSeed() {
        Seed.restoreLocations(dataSource);
    }

    @Test
    void shouldRefuseARequestWithoutToken() {
        Contract.responsesOnly();
        assertUnauthorized(given());
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() {
        assertUnauthorized(given().header(Tokens.bearer(Tokens.withForeignSignature())));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertUnauthorized(given().header(Tokens.bearer(Tokens.expired())));
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        assertUnauthorized(given().header(Tokens.bearer(Tokens.fromOtherIssuer())));
    }

    @Test
    void shouldRefuseGarbageInTheAuthorizationHeader() {
        assertUnauthorized(given().header(new Header("Authorization", "Bearer not-a-jwt")));
    }

    @Test
    void shouldRefuseATokenForAnotherAudienceOrNone() {
        assertUnauthorized(given().header(Tokens.bearer(Tokens.admin(jwt -> jwt.audience("another-api")))));
        assertUnauthorized(given().header(Tokens.bearer(Tokens.admin(jwt -> jwt.audience(Set.of())))));
    }

    @Test
    void shouldRefuseATokenIssuedLongerAgoThanTheMaximumAgeWhateverItsExpiry() {
        var nineHoursAgo = Instant.now().minus(Duration.ofHours(9));
        assertUnauthorized(given().header(Tokens.bearer(Tokens.admin(
                jwt -> jwt.issuedAt(nineHoursAgo).expiresAt(Instant.now().plus(Duration.ofHours(1)))))));
        var sevenHoursAgo = Instant.now().minus(Duration.ofHours(7));
        given().header(Tokens.bearer(Tokens.admin(jwt ->
                        jwt.issuedAt(sevenHoursAgo).expiresAt(Instant.now().plus(Duration.ofHours(1))))))
                .contentType(ContentType.JSON)
                .body(UPDATE)
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseATokenIssuedInTheFutureBeyondASmallClockSkew() {
        var inAnHour = Instant.now().plus(Duration.ofHours(1));
        assertUnauthorized(given().header(Tokens.bearer(
                Tokens.admin(jwt -> jwt.issuedAt(inAnHour).expiresAt(inAnHour.plus(Duration.ofHours(8)))))));
        var inTenSeconds = Instant.now().plusSeconds(10);
        given().header(Tokens.bearer(Tokens.admin(
                        jwt -> jwt.issuedAt(inTenSeconds).expiresAt(inTenSeconds.plus(Duration.ofHours(1))))))
                .contentType(ContentType.JSON)
                .body(UPDATE)
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseASubjectTheAuditTrailCannotHoldWithoutAServerError() {
        for (var subject : new String[] {"a".repeat(201), "front desk\u0000", ""}) {
            assertUnauthorized(given().header(Tokens.bearer(
                    Tokens.admin(jwt -> jwt.subject(subject).upn(subject)))));
        }
        var lead = LeadForm.person().submit();
        given().header(Tokens.bearer(Tokens.admin(jwt -> jwt.subject("a".repeat(200)))))
                .get("/api/v1/leads/{id}", lead)
                .then()
                .statusCode(200);
        assertThat(Sql.column(dataSource, "select subject from audit_log where subject = ?", "a".repeat(200)))
                .isNotEmpty();
    }

    @Test
    void shouldTakeGroupsOnlyAsAnArrayOfRoles() {
        // one string is not read as one role: "staff admin" would be anyone's guess
        try (var log = LogCapture.start()) {
            assertUnauthorized(given().header(Tokens.bearer(Tokens.admin(jwt -> jwt.claim("groups", "admin")))));
            assertUnauthorized(
                    given().header(Tokens.bearer(Tokens.admin(jwt -> jwt.claim("groups", "staff frontdeskrole")))));
            // the log says which rule a token broke, never what its claims held
            assertThat(log.text()).contains("groups is not an array").doesNotContain("frontdeskrole");
        }
    }

    @Test
    void shouldForbidATokenWithoutTheAdminRole() {
        for (var token : new String[] {Tokens.withoutRoles(), Tokens.staff()}) {
            given().header(Tokens.bearer(token))
                    .contentType(ContentType.JSON)
                    .body(UPDATE)
                    .when()
                    .put("/api/v1/locations/tustin")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:clinic:consult:problem:forbidden"));
        }
    }

    @Test
    void shouldAcceptAValidAdminToken() {
        given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(UPDATE)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(200);
    }

    private static void assertUnauthorized(io.restassured.specification.RequestSpecification request) {
        request.contentType(ContentType.JSON)
                .body(UPDATE)
                .when()
                .put("/api/v1/locations/tustin")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("urn:clinic:consult:problem:unauthorized"))
                .body("status", equalTo(401));
    }
}
