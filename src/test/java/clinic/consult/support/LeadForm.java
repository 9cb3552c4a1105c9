package clinic.consult.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds consultation-form bodies; every new form is a new person (unique email and phone). */
public final class LeadForm {

    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

    private final Map<String, Object> body = new HashMap<>();

    private LeadForm() {}

    public static LeadForm person() {
        int n = NEXT.incrementAndGet();
        var form = new LeadForm();
        form.body.put("firstName", "Test" + letters(n));
        form.body.put("lastName", "Person");
        form.body.put("email", "person" + n + "@example.com");
        form.body.put("phone", String.format("(657) 555-%04d", n % 10_000));
        form.body.put("consent", Map.of("contact", true, "sms", false, "privacyNoticeVersion", "2026-01"));
        form.body.put("source", Map.of("channel", "WEBSITE", "pageUrl", "https://clinic.example.com/consult"));
        return form;
    }

    /** A number spelled in letters (names take no digits): 1234 is "Bcde". */
    public static String letters(long number) {
        var digits = Long.toString(Math.abs(number));
        var spelled = new StringBuilder();
        for (var digit : digits.toCharArray()) {
            spelled.append((char) ('a' + (digit - '0')));
        }
        return Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
    }

    public LeadForm with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public LeadForm without(String field) {
        body.remove(field);
        return this;
    }

    public LeadForm conditions(String... conditions) {
        return with("conditions", List.of(conditions));
    }

    public String firstName() {
        return (String) body.get("firstName");
    }

    public String email() {
        return (String) body.get("email");
    }

    public String phone() {
        return (String) body.get("phone");
    }

    /** Posts the form as the website would and returns the id of the lead it landed in. */
    public String submit() {
        return RestAssured.given()
                .contentType(ContentType.JSON)
                .body(body())
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public Map<String, Object> body() {
        return new HashMap<>(body);
    }
}
