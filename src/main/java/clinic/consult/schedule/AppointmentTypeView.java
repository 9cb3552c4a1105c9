package clinic.consult.schedule;

public record AppointmentTypeView(String id, String name, AppointmentType.Mode mode, int durationMinutes) {

    static AppointmentTypeView of(AppointmentType type) {
        return new AppointmentTypeView(type.id, type.name, type.mode, type.durationMinutes);
    }
}
