package clinic.consult.location;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<Location, String> {

    public List<Location> listByName() {
        return list("order by name");
    }

    public Optional<Location> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }
}
