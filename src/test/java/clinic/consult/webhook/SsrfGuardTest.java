package clinic.consult.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import clinic.consult.problem.InvalidFieldsException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SsrfGuardTest {

    @Test
    void shouldRefuseEveryInternalAddressAndTakePublicOnes() throws Exception {
        for (var internal : new String[] {
            "10.1.2.3",
            "172.16.0.1",
            "192.168.0.1",
            "169.254.169.254",
            "127.0.0.1",
            "0.0.0.0",
            "100.64.1.1",
            "192.0.0.8",
            "198.18.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd12:3456::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "64:ff9b::10.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b::127.0.0.1",
            "64:ff9b:1::5db8:d822",
            "2002:7f00:1::",
            "2002:5db8:d822::1",
            "2001:0:4136:e378:8000:63bf:80ff:fffe",
            "::ffff:0:127.0.0.1",
            "::ffff:0:93.184.216.34",
            "100::1"
        }) {
            assertThat(SsrfGuard.refused(InetAddress.getByName(internal), false))
                    .as(internal)
                    .isTrue();
        }
        for (var public_ :
                new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "2001:4860::8888"}) {
            assertThat(SsrfGuard.refused(InetAddress.getByName(public_), false))
                    .as(public_)
                    .isFalse();
        }
        assertThat(SsrfGuard.refused(InetAddress.getByName("127.0.0.1"), true))
                .as("loopback, where allowed")
                .isFalse();
        assertThat(SsrfGuard.refused(InetAddress.getByName("10.0.0.1"), true))
                .as("private, even where loopback is allowed")
                .isTrue();
    }

    @Test
    void shouldCheckAResolvedNameAtTheAttemptAndRefuseHttpElsewhereThanLoopback() {
        assertThatThrownBy(() -> SsrfGuard.resolve(URI.create("https://localhost/hook"), false))
                .isInstanceOf(SsrfGuard.RefusedAddressException.class)
                .hasMessageContaining("private or internal");
        assertThatThrownBy(() -> SsrfGuard.resolve(URI.create("https://no-such-host.invalid/hook"), false))
                .isInstanceOf(SsrfGuard.RefusedAddressException.class);
        assertThat(SsrfGuard.resolve(URI.create("http://localhost:9/hook"), true)
                        .isLoopbackAddress())
                .isTrue();
        assertThatThrownBy(() -> SsrfGuard.parse("http://localhost:9/hook", false))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(SsrfGuard.parse("https://crm.example.com/hooks/clinic?x=1", false)
                        .getHost())
                .isEqualTo("crm.example.com");
    }
}
