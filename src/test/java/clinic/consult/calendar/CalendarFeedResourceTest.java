package clinic.consult.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedResourceTest extends ApiTest {

    @Test
    void shouldHandTheKeyOutOnceWithAFeedUrlForEachLocationTheTokenAllows() {
        var subject = unique("desk");
        var staff = Tokens.bearer(Tokens.signedFor(subject, List.of("tustin", "seal-beach"), "staff"));

        var created = create(staff);
        var key = created.getString("key");
        var id = created.getString("feed.id");

        assertThat(key).matches("calfeed_[A-Za-z0-9_-]{43}");
        assertThat(created.getList("urls.locationId")).containsExactly("seal-beach", "tustin");
        assertThat(created.getList("feed.locationIds")).containsExactly("seal-beach", "tustin");
        assertThat(created.getString("urls[1].url"))
                .isEqualTo("https://api.clinic.example/api/v1/calendars/" + key + "/tustin.ics");
        assertThat(created.getString("feed.expiresAt")).isNotNull();
        var listed = given().header(staff)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", contains(id))
                .body("[0].lastReadAt", equalTo(null))
                .extract()
                .asString();
        assertThat(listed).doesNotContain(key);
        given().header(staff)
                .when()
                .get("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(200)
                .body("locationIds", contains("seal-beach", "tustin"));
        given().header(Tokens.asAdmin())
                .queryParam("subject", subject)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("CALENDAR_FEED_CREATED"));
    }

    @Test
    void shouldReplaceTheOldKeyWhenAskedForANewOne() {
        var staff = Tokens.bearer(Tokens.signedFor(unique("desk"), List.of("tustin"), "staff"));
        var first = create(staff);
        var second = create(staff);

        given().when().get(path(first)).then().statusCode(404);
        given().when().get(path(second)).then().statusCode(200);
        given().header(staff)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", contains(second.getString("feed.id")));
        given().header(staff)
                .when()
                .get("/api/v1/calendar-feeds/" + first.getString("feed.id"))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldLetStaffSeeAndRevokeOnlyTheirOwnKeyAndAnAdminAnyones() {
        var owner = Tokens.bearer(Tokens.signedFor(unique("desk"), List.of("tustin"), "staff"));
        var colleague = Tokens.bearer(Tokens.signedFor(unique("desk"), List.of("tustin"), "staff"));
        var created = create(owner);
        var id = created.getString("feed.id");

        given().header(colleague)
                .when()
                .get("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(404);
        given().header(colleague)
                .when()
                .delete("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(404);
        given().header(colleague)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        given().when().get(path(created)).then().statusCode(200);

        given().header(Tokens.asAdmin())
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().header(Tokens.asAdmin())
                .when()
                .delete("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(204);

        given().when().get(path(created)).then().statusCode(404);
        given().header(owner)
                .when()
                .delete("/api/v1/calendar-feeds/" + id)
                .then()
                .statusCode(404);
        given().header(Tokens.asAdmin())
                .queryParam("subject", "admin-1")
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("CALENDAR_FEED_REVOKED"));
    }

    @Test
    void shouldLetTheOwnerRevokeTheirKey() {
        var owner = Tokens.bearer(Tokens.signedFor(unique("desk"), List.of("seal-beach"), "staff"));
        var created = create(owner);

        given().header(owner)
                .when()
                .delete("/api/v1/calendar-feeds/" + created.getString("feed.id"))
                .then()
                .statusCode(204);

        given().when().get(path(created)).then().statusCode(404);
        given().header(owner)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", empty());
    }

    @Test
    void shouldGiveNoKeyToATokenThatAllowsNoLocation() {
        var nowhere = Tokens.bearer(Tokens.signedFor(unique("desk"), List.of("long-beach"), "staff"));

        given().header(nowhere).when().post("/api/v1/calendar-feeds").then().statusCode(403);
        given().header(nowhere)
                .when()
                .get("/api/v1/calendar-feeds")
                .then()
                .statusCode(200)
                .body("id", empty());
    }

    @Test
    void shouldRefuseCallersWithoutAStaffToken() {
        Contract.responsesOnly();
        given().when().post("/api/v1/calendar-feeds").then().statusCode(401);
        given().header(Tokens.bearer(Tokens.withoutRoles()))
                .when()
                .post("/api/v1/calendar-feeds")
                .then()
                .statusCode(403);
        given().header(Tokens.asStaff())
                .when()
                .get("/api/v1/calendar-feeds/not-an-id")
                .then()
                .statusCode(404)
                .body("type", endsWith("not-found"));
    }

    @Test
    void shouldGiveAnAdminAKeyForEveryLocation() {
        var admin = Tokens.bearer(Tokens.signed(unique("admin"), "admin"));

        var created = create(admin);

        assertThat(created.getList("urls.locationId"))
                .containsExactlyInAnyOrder("san-juan-capistrano", "seal-beach", "tustin");
        given().when().get(path(created)).then().statusCode(200);
    }

    @Test
    void shouldBuildFeedUrlsFromTheConfiguredBaseUrlWhateverTheRequestsHostSays() {
        var created = given().header(Tokens.asStaff())
                .header("Host", "attacker.example")
                .header("X-Forwarded-Host", "attacker.example")
                .when()
                .post("/api/v1/calendar-feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(created.getList("urls.url", String.class))
                .isNotEmpty()
                .allMatch(url -> url.startsWith("https://api.clinic.example/api/v1/calendars/calfeed_"));
    }

    static JsonPath create(Header token) {
        return given().header(token)
                .when()
                .post("/api/v1/calendar-feeds")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/calendar-feeds/[0-9a-f-]{36}"))
                .extract()
                .jsonPath();
    }

    /** The path of the created key's first feed URL. */
    static String path(JsonPath created) {
        var url = created.getString("urls[0].url");
        return url.substring(url.indexOf("/api/v1/"));
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
