package clinic.consult.waitlist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Joining a waitlist: who (a lead token, or a lead id for staff), where, which consultation, which days and times. */
public record WaitlistRequest(
        @Size(max = 200) String leadToken,
        UUID leadId,
        @NotBlank @Size(max = 64) String locationId,
        @NotBlank @Size(max = 64) String type,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @Valid Times times) {

    /** The location's wall-clock times the person can come: starting from {@code after}, ending by {@code before}. */
    public record Times(LocalTime after, LocalTime before, @Size(max = 7) List<@NotNull DayOfWeek> days) {}
}
