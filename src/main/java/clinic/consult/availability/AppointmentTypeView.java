package clinic.consult.availability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointmentType")
public record AppointmentTypeView(
        @Schema(required = true, example = "in-person-consultation") String id,
        @Schema(required = true, example = "Free in-person consultation") String name,
        @Schema(required = true) AppointmentType.Mode mode,
        @Schema(required = true, description = "Default length; each location's schedule sets its own", example = "30")
                int durationMinutes) {

    static AppointmentTypeView of(AppointmentType type) {
        return new AppointmentTypeView(type.id, type.name, type.mode, type.durationMinutes);
    }
}
