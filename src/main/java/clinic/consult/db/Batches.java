package clinic.consult.db;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;

/** Work done in batches, each in a transaction of its own, so one slow batch never holds many rows' locks. */
public final class Batches {

    private Batches() {}

    /**
     * Runs {@code batch} in a new transaction again and again while it handles a whole batch of {@code size};
     * returns how many it handled in all.
     */
    public static int untilShort(int size, Callable<Integer> batch) {
        int handled = 0;
        int last;
        do {
            last = QuarkusTransaction.requiringNew().call(batch);
            handled += last;
        } while (last == size);
        return handled;
    }
}
