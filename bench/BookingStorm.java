import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Booking storm: CLIENTS clients released at once, each booking one of SLOTS in-person slots (capacity 1 each) for a
 * new person. Prints successes, conflicts, errors, the storm's wall time and latency percentiles. Run with
 * {@code java bench/BookingStorm.java http://localhost:18080 [clients] [slots] [weeks ahead] [warm-up weeks]} (JDK 17
 * runs the source directly). Weeks ahead may be several, comma-separated: one storm each, one after the other. The
 * warm-up weeks, if given, get storms first that are printed as WARM-UP, not STORM: the client's own code is then
 * compiled too before the counted storms (it shares the machine's cores with the service).
 */
public class BookingStorm {

    public static void main(String[] args) throws Exception {
        var base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int slots = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var counted = args.length > 3 ? args[3] : "2";
        var warmUp = args.length > 4 ? args[4] : "";
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (var week : warmUp.split(",")) {
            if (!week.isBlank()) {
                storm("WARM-UP", http, base, clients, slots, Integer.parseInt(week.strip()));
            }
        }
        for (var week : counted.split(",")) {
            storm("STORM", http, base, clients, slots, Integer.parseInt(week.strip()));
        }
    }

    private static void storm(String label, HttpClient http, String base, int clients, int slots, int weeksAhead)
            throws Exception {
        var zone = ZoneId.of("America/Los_Angeles");
        var monday = LocalDate.now(zone).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeksAhead);
        var starts = new ArrayList<String>();
        // 20 slots: Monday to Friday, 09:00, 10:00, 11:00 and 14:00 at Tustin (in person, capacity 1)
        for (int day = 0; starts.size() < slots; day++) {
            for (var time : List.of("09:00", "10:00", "11:00", "14:00")) {
                if (starts.size() < slots) {
                    starts.add(monday.plusDays(day % 5).plusWeeks(day / 5).atTime(LocalTime.parse(time)).atZone(zone)
                            .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
            }
        }
        var pool = Executors.newFixedThreadPool(clients);
        var ready = new CountDownLatch(clients);
        var go = new CountDownLatch(1);
        var futures = new ArrayList<Future<long[]>>();
        long run = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            var body = """
                    {"locationId":"tustin","type":"in-person-consultation","start":"%s","lead":{"firstName":"Storm",\
                    "lastName":"Client%s","email":"storm.%d.%d@example.com","phone":"(714) 555-%04d",\
                    "consent":{"contact":true,"privacyNoticeVersion":"2026-01"}}}"""
                    .formatted(starts.get(i % slots), letters(i), run, i, i % 10000);
            var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/appointments"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                long t0 = System.nanoTime();
                int status;
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                return new long[] {status, System.nanoTime() - t0};
            }));
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        int ok = 0, conflict = 0, other4xx = 0, errors = 0;
        var latencies = new ArrayList<Long>();
        for (var future : futures) {
            var result = future.get();
            latencies.add(result[1]);
            if (result[0] == 201) ok++;
            else if (result[0] == 409) conflict++;
            else if (result[0] >= 400 && result[0] < 500) other4xx++;
            else errors++;
        }
        long wall = System.nanoTime() - t0;
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf(
                "%s clients=%d slots=%d booked=%d conflicts=%d other_4xx=%d errors=%d seconds=%.2f p50_ms=%.1f"
                        + " p99_ms=%.1f%n",
                label, clients, slots, ok, conflict, other4xx, errors, wall / 1e9,
                latencies.get(latencies.size() / 2) / 1e6, latencies.get((int) (latencies.size() * 0.99)) / 1e6);
    }

    /** A number in letters (names take no digits): 120 is "bca". */
    private static String letters(int number) {
        var spelled = new StringBuilder();
        for (var digit : Integer.toString(number).toCharArray()) {
            spelled.append((char) ('a' + (digit - '0')));
        }
        return spelled.toString();
    }
}
