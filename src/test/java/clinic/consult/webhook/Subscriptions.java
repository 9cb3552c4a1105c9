package clinic.consult.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import clinic.consult.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** What the webhook tests do through the admin API: subscribe, read deliveries, read a delivered body. */
final class Subscriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Subscriptions() {}

    record Subscribed(String id, String secret) {}

    static Subscribed subscribe(Map<String, Object> body) {
        var created = given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Subscribed(created.getString("webhook.id"), created.getString("secret"));
    }

    static JsonPath deliveries(Subscribed subscription, String status) {
        return given().header(Tokens.asAdmin())
                .queryParam("status", status)
                .get("/api/v1/webhooks/{id}/deliveries", subscription.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath onlyDelivery(Subscribed subscription) {
        var all = given().header(Tokens.asAdmin())
                .get("/api/v1/webhooks/{id}/deliveries", subscription.id())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath();
        return new JsonPath(all.prettify()).setRootPath("items[0]");
    }

    static String type(String body) {
        return json(body).get("type").asText();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
