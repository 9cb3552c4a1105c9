package bench.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One consultation request as the bare framework stores it: a row, nothing around it. */
@Entity
@Table(name = "submissions")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    public String firstName;
    public String lastName;
    public String email;
    public String phone;
    public String zipCode;
    public String message;
    public Instant createdAt;
}
