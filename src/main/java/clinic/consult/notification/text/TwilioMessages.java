package clinic.consult.notification.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Twilio Programmable Messaging's create-message call: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded, basic auth with the account SID and auth token. Answers Twilio's message SID and status, or throws
 * {@link TextRefused} with Twilio's status and error code; a time-out or a broken connection is thrown as it came.
 */
@ApplicationScoped
public class TwilioMessages {

    /** What Twilio took. */
    public record Accepted(String sid, String status) {}

    private final TextConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    TwilioMessages(TextConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Accepted send(String to, String body, URI statusCallback) {
        var account = config.accountSid().orElseThrow();
        var form = new LinkedHashMap<String, String>();
        form.put("To", to);
        config.messagingServiceSid()
                .ifPresentOrElse(
                        service -> form.put("MessagingServiceSid", service),
                        () -> form.put("From", config.from().orElseThrow()));
        form.put("Body", body);
        if (statusCallback != null) {
            form.put("StatusCallback", statusCallback.toString());
        }
        var credentials = Base64.getEncoder()
                .encodeToString((account + ":" + config.authToken().orElseThrow()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base() + "/2010-04-01/Accounts/"
                        + URLEncoder.encode(account, StandardCharsets.UTF_8) + "/Messages.json"))
                .timeout(config.timeout())
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var answer = parse(response.body());
        if (response.statusCode() >= 200 && response.statusCode() < 300 && answer.hasNonNull("sid")) {
            return new Accepted(
                    answer.get("sid").asText(), answer.path("status").asText("queued"));
        }
        var code = answer.path("code");
        throw new TextRefused(response.statusCode(), code.isInt() ? code.asInt() : null);
    }

    private String base() {
        var text = config.apiBaseUrl().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
