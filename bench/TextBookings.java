import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bookings that send a text: a Twilio stand-in on TWILIO_PORT (answers 201 {@code queued} at once and notes when each
 * number's text arrived), then one booking after another at one location, alternating a person who chose texts and one who
 * did not. Prints each group's booking latency, and for the texts the time from the booking's 201 to Twilio receiving
 * the confirmation, with how many arrived and how many twice. Run with {@code java bench/TextBookings.java
 * http://localhost:18080 TWILIO_PORT [bookings] [location] [first phone]} (JDK 17 runs the source directly).
 */
public class TextBookings {

    private static final Map<String, List<Long>> ARRIVALS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        var base = args[0];
        int twilioPort = Integer.parseInt(args[1]);
        int bookings = args.length > 2 ? Integer.parseInt(args[2]) : 160;
        var location = args.length > 3 ? args[3] : "tustin";
        int firstPhone = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        var twilio = twilio(twilioPort);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var starts = starts(bookings);
        var texting = new ArrayList<Long>();
        var emailing = new ArrayList<Long>();
        var bookedAt = new ConcurrentHashMap<String, Long>();
        int refused = 0;
        long run = System.currentTimeMillis() % 10_000;
        for (int i = 0; i < starts.size(); i++) {
            boolean texts = i % 2 == 0;
            var phone = String.format("(657) 555-%04d", firstPhone + i);
            var to = String.format("+1657555%04d", firstPhone + i);
            var body = """
                    {"locationId":"%s","type":"%s","start":"%s","lead":{"firstName":"Bench",\
                    "lastName":"Person","email":"bench.%d.%d@example.com","phone":"%s",\
                    "preferredContact":"%s","consent":{"contact":true,"sms":%s,"privacyNoticeVersion":"2026-01"}}}"""
                    .formatted(location, starts.get(i)[0], starts.get(i)[1], run, i, phone, texts ? "SMS" : "EMAIL", texts);
            var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/appointments"))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long t0 = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            long took = System.nanoTime() - t0;
            if (status != 201) {
                refused++;
                continue;
            }
            if (texts) {
                texting.add(took);
                bookedAt.put(to, System.nanoTime());
            } else {
                emailing.add(took);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ARRIVALS.size() < bookedAt.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        twilio.stop(0);
        var delays = new ArrayList<Long>();
        int twice = 0;
        for (var booked : bookedAt.entrySet()) {
            var arrived = ARRIVALS.get(booked.getKey());
            if (arrived != null) {
                delays.add(arrived.get(0) - booked.getValue());
                twice += arrived.size() > 1 ? 1 : 0;
            }
        }
        System.out.printf("BOOKINGS refused=%d%n", refused);
        print("booking, person who chose texts", texting);
        print("booking, person who chose email", emailing);
        print("201 to Twilio receiving the text", delays);
        System.out.printf("TEXTS expected=%d received=%d twice=%d unknown=%d%n",
                bookedAt.size(), delays.size(), twice,
                ARRIVALS.keySet().stream().filter(to -> !bookedAt.containsKey(to)).count());
    }

    private static void print(String what, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.printf("%s: none%n", what);
            return;
        }
        Collections.sort(nanos);
        System.out.printf("%s: n=%d p50_ms=%.1f p99_ms=%.1f%n", what, nanos.size(),
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.99)) / 1e6);
    }

    /** Twilio's Messages API as far as the service uses it: 201 with a message SID, and the time each text came. */
    private static HttpServer twilio(int port) throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/", exchange -> {
            long at = System.nanoTime();
            var form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            for (var pair : form.split("&")) {
                if (pair.startsWith("To=")) {
                    ARRIVALS.computeIfAbsent(URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8),
                                    key -> Collections.synchronizedList(new ArrayList<>()))
                            .add(at);
                }
            }
            var answer = ("{\"sid\":\"SM" + UUID.randomUUID().toString().replace("-", "")
                    + "\",\"status\":\"queued\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** Distinct slots of a location: weekdays from two weeks ahead, four times a day, in person and by video. */
    private static List<String[]> starts(int count) {
        var zone = ZoneId.of("America/Los_Angeles");
        var monday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
        var starts = new ArrayList<String[]>();
        for (int day = 0; starts.size() < count; day++) {
            for (var type : List.of("in-person-consultation", "virtual-consultation")) {
                for (var time : List.of("09:00", "10:00", "11:00", "14:00")) {
                    if (starts.size() < count) {
                        var start = monday.plusDays(day % 5).plusWeeks(day / 5).atTime(LocalTime.parse(time))
                                .atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                        starts.add(new String[] {type, start});
                    }
                }
            }
        }
        return starts;
    }
}
