package clinic.consult.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    enum Mode {
        VIRTUAL,
        IN_PERSON
    }

    record Consent(boolean contact) {}

    record Form(Mode mode, List<Mode> modes, Consent consent) {}

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldPointIntoArraysAndNestedObjects() {
        var inArray = catchThrowableOfType(
                InvalidFormatException.class, () -> json.readValue("{\"modes\":[\"VIRTUAL\",\"BOTH\"]}", Form.class));
        var nested = catchThrowableOfType(
                InvalidFormatException.class,
                () -> json.readValue("{\"consent\":{\"contact\":\"maybe\"}}", Form.class));

        assertThat(FieldPaths.jsonPath(inArray)).isEqualTo("modes[1]");
        assertThat(FieldPaths.jsonPath(nested)).isEqualTo("consent.contact");
    }

    @Test
    void shouldCutASecretThatTravelsInThePathOutOfTheLoggedPath() {
        var key = "calfeed_" + "aB3-_".repeat(9);

        assertThat(ProblemMapper.loggable("/api/v1/calendars/" + key + "/tustin.ics"))
                .isEqualTo("/api/v1/calendars/calfeed_.../tustin.ics");
        assertThat(ProblemMapper.loggable("/api/v1/leads/4b1e0c2a-5a4e-4f43-9a57-0c1f3b7d2e11"))
                .isEqualTo("/api/v1/leads/4b1e0c2a-5a4e-4f43-9a57-0c1f3b7d2e11");
    }
}
