package clinic.consult.slot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenDaysTest {

    private final ObjectMapper json =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<DaySlots> days = List.of(
            new DaySlots(
                    LocalDate.of(2026, 11, 23),
                    List.of(
                            SlotView.of(
                                    OffsetDateTime.parse("2026-11-23T09:00:00-08:00"),
                                    OffsetDateTime.parse("2026-11-23T09:30:00-08:00"),
                                    1),
                            SlotView.of(
                                    OffsetDateTime.parse("2026-11-23T09:15:00-08:00"),
                                    OffsetDateTime.parse("2026-11-23T09:45:00-08:00"),
                                    2))),
            new DaySlots(LocalDate.of(2026, 11, 24), List.of()));

    @Test
    void shouldBeWrittenAsTheSameJsonAsTheDaysThemselves() throws Exception {
        var written = new WrittenDays(days, json.writeValueAsString(days));

        assertThat(json.writeValueAsString(
                        new LocationSlots("tustin", "virtual-consultation", "America/Los_Angeles", written)))
                .isEqualTo(json.writeValueAsString(
                        new LocationSlots("tustin", "virtual-consultation", "America/Los_Angeles", days)))
                .contains("\"days\":[{\"date\":\"2026-11-23\",\"slots\":[{\"start\":\"2026-11-23T09:00:00-08:00\"");
        assertThat(json.writeValueAsString(new LocationAvailability("tustin", "America/Los_Angeles", null, written)))
                .isEqualTo(
                        json.writeValueAsString(new LocationAvailability("tustin", "America/Los_Angeles", null, days)));
        assertThat(written).isEqualTo(days);
    }
}
