package clinic.consult.outbox;

import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Carries one claimed row to where it goes (an SMTP server, a webhook receiver) and records what happened. */
public interface Courier {

    /** What became of one delivery. */
    enum Result {
        DELIVERED,
        NOT_DELIVERED,
        /** The worker is stopping and the row was not sent: the worker gives it back. */
        HANDED_BACK
    }

    /**
     * @param token the claim under which the worker holds the row
     * @param stopping whether the worker is stopping: checked until the row leaves, never after
     */
    Result deliver(UUID id, UUID token, BooleanSupplier stopping);
}
