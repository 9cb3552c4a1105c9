package clinic.consult.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Seed;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import jakarta.inject.Inject;
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
