package clinic.consult.availability;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, Long> {

    public Optional<Schedule> find(String locationId, String appointmentTypeId) {
        return find("locationId = ?1 and appointmentTypeId = ?2", locationId, appointmentTypeId)
                .firstResultOptional();
    }

    /**
     * The schedule with its row locked until the transaction ends: the booking lock of the (location, type). Every
     * hold and booking takes it before counting what is taken, so two of them never count the same free seat.
     */
    public Optional<Schedule> lock(String locationId, String appointmentTypeId) {
        return find("locationId = ?1 and appointmentTypeId = ?2", locationId, appointmentTypeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
