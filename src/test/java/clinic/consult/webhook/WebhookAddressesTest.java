package clinic.consult.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.Seed;
import clinic.consult.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Receivers on IPv6 addresses that lead to an IPv4 one (NAT64, 6to4, Teredo, IPv4-translated) are refused like the
 * private and loopback addresses they could reach, when the subscription is made and when it is changed.
 */
@QuarkusTest
class WebhookAddressesTest extends ApiTest {

    private static final List<String> TRANSITION_URLS = List.of(
            "https://[64:ff9b::10.0.0.1]/h",
            "https://[64:ff9b::a9fe:a9fe]/h",
            "https://[64:ff9b::127.0.0.1]/h",
            "https://[64:ff9b:1::5db8:d822]/h",
            "https://[2002:7f00:1::]/h",
            "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/h",
            "https://[::ffff:0:127.0.0.1]/h");

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restore() {
        Seed.execute(dataSource, "DELETE FROM webhook_subscriptions");
    }

    @Test
    void shouldRefuseReceiversBehindIpv6TransitionPrefixesNamingTheUrl() {
        Contract.validateAll();
        var id = given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/clinic", "eventTypes", List.of("lead.received")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("webhook.id");
        for (var url : TRANSITION_URLS) {
            var body = Map.of("url", url, "eventTypes", List.of("lead.received"));
            given().header(Tokens.asAdmin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("url"));
            given().header(Tokens.asAdmin())
                    .header("If-Match", "\"0\"")
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/webhooks/{id}", id)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("url"));
        }
        assertThat(given().header(Tokens.asAdmin())
                        .get("/api/v1/webhooks")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<String>getList("url"))
                .containsExactly("https://hooks.example.com/clinic");
    }
}
