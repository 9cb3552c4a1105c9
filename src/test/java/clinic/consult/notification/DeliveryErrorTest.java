package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What is stored as a message's last error: never the server's text, which quotes addresses. */
class DeliveryErrorTest {

    @Test
    void shouldKeepTheSmtpReplyCodeAndDropTheAddressTheServerQuoted() {
        var rejected = new CompletionException(new IllegalStateException(
                "got error response: 550 5.1.1 <pat.lee@example.com>: Recipient address rejected: User unknown"));

        assertThat(DeliveryError.describe(rejected))
                .isEqualTo("SMTP reply 550 5.1.1")
                .doesNotContain("pat.lee");
    }

    @Test
    void shouldNameTheKindOfFailureWithoutItsMessage() {
        assertThat(DeliveryError.describe(new CompletionException(new ConnectException("Connection refused: x"))))
                .isEqualTo("SMTP server unreachable");
        assertThat(DeliveryError.describe(new CompletionException(new java.util.concurrent.TimeoutException())))
                .isEqualTo(DeliveryError.TIMED_OUT);
        assertThat(DeliveryError.describe(new io.smallrye.mutiny.TimeoutException()))
                .isEqualTo(DeliveryError.TIMED_OUT);
        assertThat(DeliveryError.describe(new IllegalStateException("Maria Lopez <maria@example.com> broke it")))
                .isEqualTo("java.lang.IllegalStateException");
    }
}
