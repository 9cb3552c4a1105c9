package clinic.consult.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SeriesPlanRepository implements PanacheRepositoryBase<SeriesPlan, String> {}
