package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;

import clinic.consult.problem.ProblemReason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every refusal of the slot rules is a reason the contract lists, so none turns into a 500. */
class RefusalReasonTest {

    @Test
    void shouldNameEveryRefusalAsAProblemReason() {
        assertThat(Arrays.stream(SlotRules.Refusal.values()).map(Enum::name))
                .containsExactlyElementsOf(
                        Arrays.stream(ProblemReason.values()).map(Enum::name).toList());
        for (var refusal : SlotRules.Refusal.values()) {
            assertThat(new SlotNotBookableException(refusal).reason().name()).isEqualTo(refusal.name());
        }
    }
}
