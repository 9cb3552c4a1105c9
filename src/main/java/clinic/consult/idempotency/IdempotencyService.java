package clinic.consult.idempotency;

import clinic.consult.db.DatabaseFaults;
import clinic.consult.problem.InvalidFieldsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for public POSTs: the same key and body within 24 hours replays the first response and
 * creates nothing; the same key with another body is refused. The key row is claimed in the transaction that does
 * the work (the use case's, which its service opens), so a concurrent retry waits for the first attempt and then
 * replays it (one lead, never two).
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyRepository keys;
    private final ObjectMapper json;
    private final DatabaseFaults faults;
    private final Clock clock;

    IdempotencyService(IdempotencyRepository keys, ObjectMapper json, DatabaseFaults faults, Clock clock) {
        this.keys = keys;
        this.json = json;
        this.faults = faults;
        this.clock = clock;
    }

    /**
     * Runs {@code work} once per key. Without a key the work simply runs.
     *
     * @param scope the operation, e.g. {@code POST /api/v1/leads}
     * @param request the parsed request body, hashed to recognise a changed body
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reply once(String scope, String key, Object request, Supplier<Reply> work) {
        if (key == null) {
            return work.get();
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw new InvalidFieldsException(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        var hash = hash(request);
        var id = new IdempotencyRecord.Key(scope, key);
        var now = clock.instant();
        boolean claimed = keys.claim(id, hash, now, now.minus(KEPT));
        var record = keys.findById(id);
        if (!claimed) {
            if (!record.requestHash.equals(hash)) {
                throw new IdempotencyKeyReusedException();
            }
            return Reply.replay(
                    record.responseStatus,
                    record.responseBody,
                    record.responseLocation == null ? null : URI.create(record.responseLocation));
        }
        var response = work.get();
        record.responseStatus = response.status();
        record.responseBody = toJson(response.stored());
        record.responseLocation =
                response.location() == null ? null : response.location().toString();
        return response;
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(
            every = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the instance shuts down: the database pool may already be closed
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetExpiredKeys() {
        faults.runJob("idempotency-purge", () -> QuarkusTransaction.requiringNew()
                .run(() -> keys.forgetOlderThan(clock.instant().minus(KEPT))));
    }

    private String hash(Object request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toJson(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
