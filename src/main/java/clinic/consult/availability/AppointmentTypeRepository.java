package clinic.consult.availability;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AppointmentTypeRepository implements PanacheRepositoryBase<AppointmentType, String> {}
