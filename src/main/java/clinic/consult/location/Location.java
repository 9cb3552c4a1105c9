package clinic.consult.location;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One of the clinic's locations. Facts that are not known stay null: they are never invented. */
@Entity
@Table(name = "locations")
public class Location {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String addressLine1;
    public String addressLine2;
    public String city;
    public String state;
    public String postalCode;
    public String phone;
    public String email;

    @Column(nullable = false)
    public String timeZone;

    public Double latitude;
    public Double longitude;

    @Version
    public long version;

    @Column(nullable = false)
    public Instant updatedAt;
}
