package clinic.consult.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import clinic.consult.support.ApiTest;
import clinic.consult.support.Contract;
import clinic.consult.support.LeadForm;
import clinic.consult.support.Slots;
import clinic.consult.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every JSON body in the contract, sent as long as a body may be: a 400 that names the field, never
 * a 500 (a name's pattern once recursed per character and overflowed the stack on a few thousand). The fields are read
 * from openapi.yaml, so a field added there is tried here without a change to this test.
 */
@QuarkusTest
class LongTextTest extends ApiTest {

    /** As many characters as fit in a body under the 64 KiB limit, with the rest of the body around them. */
    private static final int LONG = 60_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRefuseEveryTextFieldOfTheContractAtItsLongestNamingIt() throws IOException {
        var samples = samples();
        var contract = new YAMLMapper().readTree(Contract.SPEC.toFile());
        var tried = new ArrayList<String>();
        var failures = new ArrayList<String>();
        contract.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    var schema = operation.getValue().at("/requestBody/content/application~1json/schema");
                    if (schema.isMissingNode()) {
                        return;
                    }
                    var key = operation.getKey().toUpperCase() + " " + path.getKey();
                    var sample = samples.get(key);
                    if (sample == null) {
                        failures.add(key + ": no sample body in this test");
                        return;
                    }
                    for (var field : textFields(contract, schema, "")) {
                        tried.add(key + " " + field);
                        var body = with(sample.body(), field, "a".repeat(LONG));
                        var answer = given().header(sample.token())
                                .headers(sample.headers())
                                .contentType(ContentType.JSON)
                                .body(body.toString())
                                .request(operation.getKey(), sample.path());
                        List<String> named = answer.statusCode() == 400 ? answer.path("errors.field") : List.of();
                        if (answer.statusCode() != 400 || !named.contains(field)) {
                            failures.add(key + " " + field + ": " + answer.statusCode() + " naming " + named);
                        }
                    }
                }));
        assertThat(failures).isEmpty();
        assertThat(tried).hasSizeGreaterThan(60).anyMatch(field -> field.endsWith(" lead.firstName"));
    }

    @Test
    void shouldRefuseABodyOverTheLimitBeforeReadingIt() {
        Contract.responsesOnly();
        given().contentType(ContentType.JSON)
                .body(LeadForm.person().with("firstName", "a".repeat(100_000)).body())
                .post("/api/v1/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    /** A valid request of one operation, its path filled in, and who sends it. */
    private record Sample(String path, Header token, Map<String, String> headers, ObjectNode body) {}

    private Map<String, Sample> samples() {
        Contract.validateAll();
        var lead = LeadForm.person().submit();
        var other = LeadForm.person().submit();
        var booked = given().contentType(ContentType.JSON)
                .body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "10:00")))
                .post("/api/v1/appointments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var appointment = booked.getString("id");
        var manage = Map.of("X-Manage-Token", booked.getString("manageToken"));
        var webhook = given().header(Tokens.asAdmin())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/clinic", "eventTypes", List.of("lead.received")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("webhook.id");
        Contract.responsesOnly();

        var staff = Tokens.asStaff();
        var admin = Tokens.asAdmin();
        var anyone = new Header("X-Test-Caller", "public");
        var samples = new TreeMap<String, Sample>();
        samples.put(
                "POST /api/v1/leads",
                new Sample(
                        "/api/v1/leads",
                        anyone,
                        Map.of(),
                        body(LeadForm.person().body())));
        samples.put(
                "POST /api/v1/appointments",
                new Sample(
                        "/api/v1/appointments",
                        anyone,
                        Map.of(),
                        body(Slots.booking("tustin", Slots.VIRTUAL, Slots.at(Slots.monday(), "11:00")))));
        samples.put(
                "POST /api/v1/holds",
                new Sample(
                        "/api/v1/holds",
                        anyone,
                        Map.of(),
                        body(Map.of(
                                "locationId",
                                "tustin",
                                "type",
                                Slots.VIRTUAL,
                                "start",
                                Slots.at(Slots.monday(), "12:00")))));
        samples.put(
                "POST /api/v1/appointments/{id}/cancel",
                new Sample(
                        "/api/v1/appointments/" + appointment + "/cancel",
                        anyone,
                        manage,
                        body(Map.of("reason", "Found another time"))));
        samples.put(
                "POST /api/v1/appointments/{id}/reschedule",
                new Sample(
                        "/api/v1/appointments/" + appointment + "/reschedule",
                        anyone,
                        manage,
                        body(Map.of("start", Slots.at(Slots.monday(), "13:00")))));
        samples.put(
                "PATCH /api/v1/appointments/{id}",
                new Sample(
                        "/api/v1/appointments/" + appointment, staff, Map.of(), body(Map.of("status", "COMPLETED"))));
        samples.put(
                "PATCH /api/v1/leads/{id}",
                new Sample(
                        "/api/v1/leads/" + lead,
                        staff,
                        Map.of("If-Match", "\"0\""),
                        body(Map.of("status", "CONTACTED", "note", "Left a voicemail"))));
        samples.put(
                "POST /api/v1/leads/{id}/merge",
                new Sample("/api/v1/leads/" + other + "/merge", staff, Map.of(), body(Map.of("into", lead))));
        samples.put(
                "POST /api/v1/leads/{id}/notes",
                new Sample(
                        "/api/v1/leads/" + lead + "/notes", staff, Map.of(), body(Map.of("text", "Prefers mornings"))));
        samples.put(
                "PUT /api/v1/locations/{id}",
                new Sample(
                        "/api/v1/locations/tustin",
                        admin,
                        Map.of("If-Match", "\"0\""),
                        body(Map.of(
                                "name",
                                "Tustin",
                                "address",
                                Map.of("city", "Tustin", "state", "CA", "postalCode", "92780"),
                                "timeZone",
                                "America/Los_Angeles"))));
        samples.put(
                "POST /api/v1/locations/{id}/closures",
                new Sample(
                        "/api/v1/locations/tustin/closures",
                        admin,
                        Map.of(),
                        body(Map.of("start", "2027-12-24T00:00", "end", "2027-12-26T00:00", "reason", "Holidays"))));
        samples.put(
                "PUT /api/v1/locations/{id}/schedules/{type}",
                new Sample(
                        "/api/v1/locations/tustin/schedules/" + Slots.VIRTUAL,
                        admin,
                        Map.of("If-Match", "\"0\""),
                        body(Map.of(
                                "weeklyHours",
                                Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "12:00"))),
                                "slotMinutes",
                                20,
                                "stepMinutes",
                                30,
                                "bufferMinutes",
                                10,
                                "capacity",
                                2,
                                "minNoticeMinutes",
                                120,
                                "horizonDays",
                                60))));
        samples.put(
                "PUT /api/v1/series-plans/{id}",
                new Sample(
                        "/api/v1/series-plans/ketamine-induction",
                        admin,
                        Map.of("If-Match", "\"0\""),
                        body(Map.of(
                                "name",
                                "Induction",
                                "infusions",
                                5,
                                "minSpanDays",
                                10,
                                "maxSpanDays",
                                14,
                                "minDaysApart",
                                1,
                                "weekdays",
                                List.of()))));
        var monday = Slots.monday();
        samples.put(
                "POST /api/v1/waitlist",
                new Sample(
                        "/api/v1/waitlist",
                        staff,
                        Map.of(),
                        body(Map.of(
                                "leadId",
                                java.util.UUID.randomUUID().toString(),
                                "locationId",
                                "tustin",
                                "type",
                                Slots.IN_PERSON,
                                "from",
                                monday.toString(),
                                "to",
                                monday.toString()))));
        samples.put(
                "POST /api/v1/series/find",
                new Sample(
                        "/api/v1/series/find",
                        staff,
                        Map.of(),
                        body(Map.of(
                                "locationId",
                                "tustin",
                                "planId",
                                "ketamine-induction",
                                "firstFrom",
                                monday.toString(),
                                "firstTo",
                                monday.toString(),
                                "preference",
                                Map.of("after", "15:00", "before", "17:00")))));
        samples.put(
                "POST /api/v1/series/book",
                new Sample(
                        "/api/v1/series/book",
                        staff,
                        Map.of(),
                        body(Map.of(
                                "leadId",
                                lead,
                                "locationId",
                                "tustin",
                                "planId",
                                "ketamine-induction",
                                "starts",
                                List.of(Slots.at(monday, "09:00")),
                                "overrideReason",
                                "Physician's order"))));
        var series = java.util.UUID.randomUUID();
        samples.put(
                "POST /api/v1/series/{id}/infusions/{position}/move",
                new Sample(
                        "/api/v1/series/" + series + "/infusions/2/move",
                        staff,
                        Map.of(),
                        body(Map.of("start", Slots.at(monday, "09:00"), "overrideReason", "Physician's order"))));
        samples.put(
                "POST /api/v1/series/{id}/cancel",
                new Sample(
                        "/api/v1/series/" + series + "/cancel", staff, Map.of(), body(Map.of("reason", "Moved away"))));
        samples.put(
                "POST /api/v1/referrals",
                new Sample(
                        "/api/v1/referrals",
                        anyone,
                        Map.of(),
                        body(Map.of(
                                "referrer",
                                Map.of("name", "Ann Smith", "email", "ann@example.com"),
                                "invitee",
                                Map.of("firstName", "Bob", "email", "bob@example.com"),
                                "relationship",
                                "FRIEND"))));
        var subscription = Map.of(
                "url",
                "https://hooks.example.com/clinic",
                "eventTypes",
                List.of("lead.received"),
                "locationIds",
                List.of("tustin"),
                "description",
                "CRM");
        samples.put("POST /api/v1/webhooks", new Sample("/api/v1/webhooks", admin, Map.of(), body(subscription)));
        samples.put(
                "PUT /api/v1/webhooks/{id}",
                new Sample("/api/v1/webhooks/" + webhook, admin, Map.of("If-Match", "\"0\""), body(subscription)));
        samples.put(
                "POST /api/v1/webhooks/{id}/replays",
                new Sample(
                        "/api/v1/webhooks/" + webhook + "/replays",
                        admin,
                        Map.of(),
                        body(Map.of("from", "2026-12-01T00:00:00Z", "to", "2026-12-02T00:00:00Z"))));
        return samples;
    }

    private static ObjectNode body(Map<String, ?> body) {
        return JSON.valueToTree(body);
    }

    /**
     * The dotted paths of a schema's text fields ({@code source.pageUrl}, {@code locationIds[0]}): strings that are
     * not an enumeration, in objects, arrays and maps.
     */
    static List<String> textFields(JsonNode contract, JsonNode schema, String at) {
        var fields = new ArrayList<String>();
        var resolved = resolve(contract, schema);
        for (var part : List.of("allOf", "oneOf", "anyOf")) {
            resolved.path(part).forEach(each -> fields.addAll(textFields(contract, each, at)));
        }
        var types = resolved.path("type").isArray()
                ? JSON.convertValue(resolved.path("type"), List.class)
                : List.of(resolved.path("type").asText());
        if (resolved.has("properties")) {
            resolved.get("properties")
                    .fields()
                    .forEachRemaining(property -> fields.addAll(textFields(
                            contract,
                            property.getValue(),
                            at.isEmpty() ? property.getKey() : at + "." + property.getKey())));
        } else if (resolved.path("additionalProperties").isObject() && resolved.has("propertyNames")) {
            var names = resolve(contract, resolved.get("propertyNames")).path("enum");
            fields.addAll(textFields(
                    contract,
                    resolved.get("additionalProperties"),
                    at + "." + names.get(0).asText()));
        } else if (types.contains("array")) {
            fields.addAll(textFields(contract, resolved.path("items"), at + "[0]"));
        } else if (types.contains("string") && !resolved.has("enum") && !at.isEmpty()) {
            fields.add(at);
        }
        return fields;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        var resolved = schema;
        while (resolved.has("$ref")) {
            resolved = contract.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    /** A copy of the body with the value at a dotted path, the objects and arrays on the way made as needed. */
    static ObjectNode with(ObjectNode body, String field, String value) {
        var copy = body.deepCopy();
        JsonNode node = copy;
        var steps = field.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length; i++) {
            var step = steps[i];
            var last = i == steps.length - 1;
            var nextIsIndex = !last && steps[i + 1].startsWith("[");
            if (step.startsWith("[")) {
                var array = (ArrayNode) node;
                if (last) {
                    if (array.isEmpty()) {
                        array.add(value);
                    } else {
                        array.set(0, JSON.getNodeFactory().textNode(value));
                    }
                } else {
                    if (array.isEmpty()) {
                        array.add(nextIsIndex ? JSON.createArrayNode() : JSON.createObjectNode());
                    }
                    node = array.get(0);
                }
            } else {
                var object = (ObjectNode) node;
                if (last) {
                    object.put(step, value);
                } else {
                    if (!object.has(step) || object.get(step).isNull()) {
                        object.set(step, nextIsIndex ? JSON.createArrayNode() : JSON.createObjectNode());
                    }
                    node = object.get(step);
                }
            }
        }
        return copy;
    }
}
