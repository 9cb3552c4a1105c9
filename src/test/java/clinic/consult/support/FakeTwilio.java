package clinic.consult.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Twilio's Messages API as a real HTTP server in the test JVM (WireMock), on the port the test profile gives the
 * service, answering as Twilio documents: 201 with a message SID and {@code queued} by default; any error a test asks
 * for, for one recipient.
 */
public final class FakeTwilio {

    public static final int PORT = 3031;
    public static final String ACCOUNT = "ACtest0000000000000000000000000000";
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";
    public static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static WireMockServer server;

    private FakeTwilio() {}

    /** Started on first use; every test starts with no requests seen and the default answer. */
    public static synchronized void reset() {
        if (server == null) {
            server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));
            server.start();
        }
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers("response-template")
                        .withBody(
                                "{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")));
    }

    /** Twilio's error answer for texts to this number: its HTTP status and error code. */
    public static void refuse(String to, int status, int code) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .atPriority(1)
                .withFormParam("To", equalTo(to))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":" + code + ",\"message\":\"refused\",\"status\":" + status + "}")));
    }

    /** No answer within the service's time-out, for texts to this number. */
    public static void stall(String to) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .atPriority(1)
                .withFormParam("To", equalTo(to))
                .willReturn(aResponse().withStatus(201).withFixedDelay(5_000)));
    }

    /** Every text taken, but only after this long: the time for something to go wrong in between. */
    public static void slow(java.time.Duration delay) {
        server.stubFor(post(urlPathEqualTo(MESSAGES))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers("response-template")
                        .withFixedDelay((int) delay.toMillis())
                        .withBody(
                                "{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")));
    }

    /** The form of every create-message request, in the order they came. */
    public static List<Map<String, String>> messages() {
        return requests().stream().map(FakeTwilio::form).toList();
    }

    public static List<Map<String, String>> messagesTo(String to) {
        return messages().stream().filter(form -> to.equals(form.get("To"))).toList();
    }

    public static List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    static Map<String, String> form(LoggedRequest request) {
        var form = new HashMap<String, String>();
        Arrays.stream(request.getBodyAsString().split("&"))
                .filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2))
                .forEach(pair -> form.put(
                        URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
        return form;
    }

    /** A fresh message SID as Twilio makes them. */
    public static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Twilio's {@code X-Twilio-Signature} for a request to this URL with this form, made with this auth token:
     * HMAC-SHA1 over the URL followed by every parameter's name and value, sorted by name, in base64.
     */
    public static String signature(String token, String url, Map<String, String> form) {
        var data = new StringBuilder(url);
        new java.util.TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return java.util.Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form as Twilio posts it. */
    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> java.net.URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Query parameters of a URL, for a status callback's. */
    public static Map<String, String> query(String url) {
        var query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.contains("="))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }
}
