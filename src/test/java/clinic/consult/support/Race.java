package clinic.consult.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** Requests released at the same moment from as many threads, for the capacity guarantees' tests. */
public final class Race {

    private Race() {}

    /** Starts every request at once and collects their statuses; none may be a server error. */
    public static List<Integer> statuses(int clients, IntFunction<Callable<Integer>> request) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            var ready = new CountDownLatch(clients);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < clients; i++) {
                var call = request.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            assertThat(statuses).as("no server errors").allMatch(s -> s < 500);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
