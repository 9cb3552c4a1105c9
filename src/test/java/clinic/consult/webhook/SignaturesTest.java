package clinic.consult.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.support.StandardWebhooks;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    // the example of the Standard Webhooks reference libraries' tests
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void shouldSignTheReferenceExampleAsTheSpecificationsLibrariesDo() {
        assertThat(Signatures.header(List.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignOncePerLiveSecretSoEitherVerifies() {
        var other = Signatures.newSecret();
        var header = Signatures.header(List.of(other, SECRET), ID, TIMESTAMP, BODY);
        var at = Instant.ofEpochSecond(TIMESTAMP);

        assertThat(header.split(" ")).hasSize(2);
        assertThat(StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP), header, BODY, at))
                .isTrue();
        assertThat(StandardWebhooks.verify(other, ID, Long.toString(TIMESTAMP), header, BODY, at))
                .isTrue();
        assertThat(StandardWebhooks.verify(Signatures.newSecret(), ID, Long.toString(TIMESTAMP), header, BODY, at))
                .isFalse();
        assertThat(StandardWebhooks.verify(SECRET, ID, Long.toString(TIMESTAMP), header, BODY, at.plusSeconds(600)))
                .as("an old timestamp")
                .isFalse();
    }

    @Test
    void shouldMakeSecretsOf32RandomBytes() {
        var secret = Signatures.newSecret();
        assertThat(secret).startsWith("whsec_").isNotEqualTo(Signatures.newSecret());
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSize(32);
    }
}
