package clinic.consult.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, Long> {

    /** The schedule with its opening hours, in one query. */
    public Optional<Schedule> find(String locationId, String appointmentTypeId) {
        return find(
                        "select s from Schedule s left join fetch s.hours"
                                + " where s.locationId = ?1 and s.appointmentTypeId = ?2",
                        locationId,
                        appointmentTypeId)
                .singleResultOptional();
    }

    /**
     * The schedule, share-locked until the transaction ends: any number of bookings read it at once, and an admin's
     * change waits for them (and they for it), so no booking counts seats against a capacity being replaced.
     */
    public Optional<Schedule> readForBooking(String locationId, String appointmentTypeId) {
        return find("locationId = ?1 and appointmentTypeId = ?2", locationId, appointmentTypeId)
                .withLock(LockModeType.PESSIMISTIC_READ)
                .firstResultOptional();
    }
}
