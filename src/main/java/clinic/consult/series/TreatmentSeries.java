package clinic.consult.series;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A lead's treatment series; its infusions are appointments that name it. */
@Entity
@Table(name = "treatment_series")
public class TreatmentSeries {

    @Id
    public UUID id;

    @Column(nullable = false)
    public UUID leadId;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public String planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeriesStatus status;

    public int infusions;

    /** Why staff booked it outside the plan's shortest span, when they did. */
    public String overrideReason;

    @Column(nullable = false)
    public String bookedBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** When the person hears from the clinic after the series is completed; null once queued, or before. */
    public Instant followUpDueAt;

    @Version
    public long version;
}
