package clinic.consult.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HexColorTest {

    private final HexColor color = new HexColor();

    @Test
    void shouldKeepAColourWrittenRrggbb() {
        assertThat(color.convert("#3E7bfa")).isEqualTo("#3E7bfa");
    }

    @Test
    void shouldRefuseAnyOtherColour() {
        for (var wrong : new String[] {"3e7bfa", "#3e7bf", "#3e7bfaa", "blue", "#3e7bfg", "#3e7bfa\n"}) {
            assertThatThrownBy(() -> color.convert(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("#rrggbb");
        }
    }
}
