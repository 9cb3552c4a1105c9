package clinic.consult.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void shouldMatchAddressesInsideACidrRangeOnly() {
        var range = ClientAddress.AddressRange.parse("10.0.0.0/8");

        assertThat(range.contains("10.200.3.4")).isTrue();
        assertThat(range.contains("11.0.0.1")).isFalse();
        assertThat(range.contains("::1")).isFalse();
        assertThat(range.contains("not-an-address")).isFalse();
    }

    @Test
    void shouldMatchPartialBytePrefixesAndSingleAddresses() {
        assertThat(ClientAddress.AddressRange.parse("192.168.4.0/22").contains("192.168.7.255"))
                .isTrue();
        assertThat(ClientAddress.AddressRange.parse("192.168.4.0/22").contains("192.168.8.0"))
                .isFalse();
        assertThat(ClientAddress.AddressRange.parse("2001:db8::/32").contains("2001:db8:1::5"))
                .isTrue();
        assertThat(ClientAddress.AddressRange.parse("127.0.0.1").contains("127.0.0.2"))
                .isFalse();
    }
}
