package clinic.consult.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What can be booked: the free consultations (by anyone) and the treatments (by staff, as a series or a booster). */
@Entity
@Table(name = "appointment_types")
public class AppointmentType {

    public enum Mode {
        VIRTUAL,
        IN_PERSON
    }

    /** Who books it: the public books consultations; only staff book treatments. */
    public enum Kind {
        CONSULTATION,
        TREATMENT
    }

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Mode mode;

    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
}
