package clinic.consult.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A span a location is closed (holiday, training), in its wall-clock time; every appointment type. */
@Entity
@Table(name = "closures")
public class Closure {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String locationId;

    @Column(nullable = false)
    public LocalDateTime startsAt;

    @Column(nullable = false)
    public LocalDateTime endsAt;

    public String reason;

    @Column(nullable = false)
    public Instant createdAt;
}
