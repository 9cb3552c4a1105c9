package clinic.consult.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** How a treatment's series is spread over the days: admins change it like a schedule. */
@Entity
@Table(name = "series_plans")
public class SeriesPlan {

    @Id
    public String id;

    @Column(nullable = false)
    public String appointmentTypeId;

    @Column(nullable = false)
    public String name;

    public int infusions;
    public int minSpanDays;
    public int maxSpanDays;
    public int minDaysApart;

    /** The weekdays infusions may fall on; empty for every day the schedule opens. */
    @Convert(converter = Weekdays.class)
    @Column(nullable = false)
    public Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

    /** A booster: booked only for a lead with a completed series. */
    public boolean afterSeries;

    @Version
    public long version;

    @Column(nullable = false)
    public Instant updatedAt;

    public PlanRules rules() {
        return new PlanRules(
                id, appointmentTypeId, infusions, minSpanDays, maxSpanDays, minDaysApart, weekdays, afterSeries);
    }
}
