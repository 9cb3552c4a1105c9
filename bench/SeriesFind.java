import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;

/**
 * The staff's series search at a location whose infusion chairs are mostly booked. First fills Tustin's chairs for the
 * next 45 days: each chair of each open day holds back-to-back infusions (60 minutes and 15 to clean) with one gap, a
 * different one per chair and day, so about 80 % of the chair time is taken and the free seats are scattered. Then
 * times {@code POST /api/v1/series/find} over 30 first days, one request after another, three kinds of preference in
 * turn (none, mornings, after 15:00), and prints p50 / p99 / max and how many series each kind found. Run with the
 * PostgreSQL driver on the class path:
 *   java -cp postgresql.jar bench/SeriesFind.java http://localhost:18080 jdbc:postgresql://localhost:15432/consult TOKEN [requests]
 */
public class SeriesFind {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var token = args[2];
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var lead = post(http, base + "/api/v1/leads", null, """
                {"firstName":"Bench","lastName":"Person","email":"bench.series@example.com","phone":"(714) 555-0100",
                 "consent":{"contact":true,"privacyNoticeVersion":"2026-01"},"source":{"channel":"WEBSITE"}}""");
        var leadId = lead.replaceAll("(?s)^.*?\"id\":\"([^\"]+)\".*$", "$1");
        int filled = fill(args[1], leadId);
        System.out.printf("Filled %d infusions: %.1f %% of the chair time of the open days is taken%n", filled,
                100.0 * filled * 75 / chairMinutes());
        var today = LocalDate.now(ZONE);
        String[] preferences = {"null", "{\"before\":\"12:00\"}", "{\"after\":\"15:00\"}"};
        var times = new ArrayList<ArrayList<Long>>();
        var found = new long[3];
        for (int p = 0; p < 3; p++) {
            times.add(new ArrayList<>());
        }
        for (int i = -requests / 5; i < requests; i++) {
            int p = Math.floorMod(i, 3);
            var body = """
                    {"locationId":"tustin","planId":"ketamine-induction","firstFrom":"%s","firstTo":"%s",
                     "preference":%s,"limit":20}""".formatted(today.plusDays(2), today.plusDays(31), preferences[p]);
            long started = System.nanoTime();
            var answer = post(http, base + "/api/v1/series/find", token, body);
            long micros = (System.nanoTime() - started) / 1000;
            if (i >= 0) {
                times.get(p).add(micros);
                found[p] += answer.split("\"firstDate\"", -1).length - 1;
            }
        }
        String[] names = {"no preference", "mornings", "after 15:00"};
        var all = new ArrayList<Long>();
        for (int p = 0; p < 3; p++) {
            all.addAll(times.get(p));
            System.out.printf("%-14s %s, series found per search %.1f%n", names[p], summary(times.get(p)),
                    (double) found[p] / times.get(p).size());
        }
        System.out.printf("%-14s %s%n", "all", summary(all));
    }

    /** Back-to-back infusions on every chair of every open day of the next 45 days, one gap per chair and day. */
    private static int fill(String jdbc, String leadId) throws Exception {
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "bench");
                var statement = connection.createStatement()) {
            return statement.executeUpdate("""
                    INSERT INTO appointments (id, location_id, appointment_type_id, lead_id, status, start_at, end_at,
                                              blocks_until, manage_token_hash, ical_sequence, created_at, updated_at)
                    SELECT gen_random_uuid(), 'tustin', 'ketamine-infusion', '%s', 'BOOKED',
                           (d + o.opens + k * interval '75 minutes') AT TIME ZONE 'America/Los_Angeles',
                           (d + o.opens + k * interval '75 minutes' + interval '60 minutes') AT TIME ZONE 'America/Los_Angeles',
                           (d + o.opens + (k + 1) * interval '75 minutes') AT TIME ZONE 'America/Los_Angeles',
                           md5(gen_random_uuid()::text), 0, now(), now()
                    FROM generate_series(date '%s' + 1, date '%s' + 45, interval '1 day') AS d
                    JOIN (VALUES (1, time '08:00', 7), (2, time '08:00', 7), (3, time '08:00', 7), (4, time '08:00', 7),
                                 (5, time '08:00', 7), (6, time '09:00', 3)) AS o (dow, opens, fits)
                        ON o.dow = extract(isodow FROM d)
                    CROSS JOIN generate_series(1, 4) AS chair
                    CROSS JOIN LATERAL generate_series(0, o.fits - 1) AS k
                    WHERE k <> (extract(doy FROM d)::int + chair) %% o.fits
                    """.formatted(leadId, LocalDate.now(ZONE), LocalDate.now(ZONE)));
        }
    }

    /** Four chairs' opening minutes over the 45 days filled: weekdays 08:00-17:00, Saturdays 09:00-13:00. */
    private static long chairMinutes() {
        long minutes = 0;
        var today = LocalDate.now(ZONE);
        for (int day = 1; day <= 45; day++) {
            minutes += switch (today.plusDays(day).getDayOfWeek()) {
                case SATURDAY -> 240;
                case SUNDAY -> 0;
                default -> 540;
            };
        }
        return 4 * minutes;
    }

    private static String post(HttpClient http, String url, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String summary(ArrayList<Long> micros) {
        var sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d searches)",
                sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0,
                sorted.size());
    }
}
