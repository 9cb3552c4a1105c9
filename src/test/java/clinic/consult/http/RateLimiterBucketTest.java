package clinic.consult.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterBucketTest {

    @Test
    void shouldRefillOverTimeAndOweNothingWhenTheClockStepsBack() {
        var bucket = new RateLimiter.Bucket(2, 1_000_000);
        assertThat(bucket.take(2, 60, 1_000_000)).isZero();
        assertThat(bucket.take(2, 60, 1_000_000)).isZero();
        assertThat(bucket.take(2, 60, 1_000_000)).isEqualTo(1_000);

        // the clock steps back a day: still one token a second, not a day's debt
        assertThat(bucket.take(2, 60, 1_000_000 - 86_400_000)).isEqualTo(1_000);
        assertThat(bucket.take(2, 60, 1_000_000 - 86_400_000 + 1_000)).isZero();
    }
}
