package clinic.consult.waitlist;

import clinic.consult.schedule.Weekdays;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A person waiting for a consultation time at a location (V21__waitlist.sql), first come first served. */
@Entity
@Table(name = "waitlist_entries")
public class WaitlistEntry {

    @Id
    public UUID id;

    /** The entry's place in its line, given by the database as the entry is written. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long place;

    @Column(nullable = false)
    public UUID leadId;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public String appointmentTypeId;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;

    public LocalTime afterTime;

    public LocalTime beforeTime;

    @Convert(converter = Weekdays.class)
    @Column(nullable = false)
    public Set<DayOfWeek> weekdays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WaitlistStatus status;

    @Column(nullable = false)
    public String joinedBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;
}
