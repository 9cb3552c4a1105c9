package clinic.consult.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class WaitlistRepository implements PanacheRepositoryBase<WaitlistEntry, UUID> {

    /** A line: a location and a consultation type. */
    record Line(String locationId, String typeId) {}

    Optional<WaitlistEntry> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The lines with someone in them. */
    List<Line> lines() {
        return getEntityManager()
                .createQuery(
                        "select distinct e.locationId, e.appointmentTypeId from WaitlistEntry e"
                                + " where e.status in (?1, ?2)",
                        Object[].class)
                .setParameter(1, WaitlistStatus.WAITING)
                .setParameter(2, WaitlistStatus.OFFERED)
                .getResultList()
                .stream()
                .map(row -> new Line((String) row[0], (String) row[1]))
                .toList();
    }

    /** Everyone in a line, first come first. */
    List<WaitlistEntry> inLine(Line line) {
        return list(
                "locationId = ?1 and appointmentTypeId = ?2 and status in (?3, ?4) order by place",
                line.locationId(),
                line.typeId(),
                WaitlistStatus.WAITING,
                WaitlistStatus.OFFERED);
    }

    List<WaitlistEntry> ofLead(UUID leadId) {
        return list("leadId = ?1 order by createdAt", leadId);
    }

    /** How many are ahead of an entry in its line. */
    long ahead(WaitlistEntry entry) {
        return count(
                "locationId = ?1 and appointmentTypeId = ?2 and status in (?3, ?4) and place < ?5",
                entry.locationId,
                entry.appointmentTypeId,
                WaitlistStatus.WAITING,
                WaitlistStatus.OFFERED,
                entry.place);
    }
}
