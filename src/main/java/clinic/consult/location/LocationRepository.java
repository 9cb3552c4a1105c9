package clinic.consult.location;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, String> {

    /** For reading only: the entities are not dirty-checked at every flush of the caller's transaction. */
    public List<Location> listByName() {
        return find("order by name")
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    public Optional<Location> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }
}
