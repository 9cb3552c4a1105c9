package clinic.consult.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An outbox table as a {@link LeasedWorker} works it. Each method runs in a transaction the worker opens. A claim
 * takes due rows with {@code FOR UPDATE SKIP LOCKED} under the worker's token and pushes them a lease ahead, so no
 * other worker, on this instance or another, takes them while they are in hand.
 */
public interface LeasedQueue {

    /** Takes up to {@code limit} due rows for the worker holding {@code token}, counting the attempt. */
    List<UUID> claim(Instant now, Instant leaseUntil, int limit, UUID token);

    /** Pushes the lease of rows this worker still holds further ahead; returns those it still holds. */
    List<UUID> renew(Collection<UUID> ids, UUID token, Instant leaseUntil);

    /** Rows this worker will not work on after all (it is stopping): due again at once, the attempt not counted. */
    void release(Collection<UUID> ids, UUID token);
}
