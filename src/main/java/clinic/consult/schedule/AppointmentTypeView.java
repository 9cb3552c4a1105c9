package clinic.consult.schedule;

public record AppointmentTypeView(
        String id, String name, AppointmentType.Mode mode, int durationMinutes, AppointmentType.Kind kind) {

    static AppointmentTypeView of(AppointmentType type) {
        return new AppointmentTypeView(type.id, type.name, type.mode, type.durationMinutes, type.kind);
    }
}
